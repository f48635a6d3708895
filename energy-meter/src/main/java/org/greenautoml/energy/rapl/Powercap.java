package org.greenautoml.energy.rapl;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenautoml.energy.EnergyException;

/**
 * Finds the RAPL zones of a Linux powercap tree ({@code /sys/class/powercap}, or a fake tree in
 * tests): zones named {@code intel-rapl:N[:M]} and {@code intel-rapl-mmio:N[:M]}, at the top of the
 * tree (as sysfs links them) or nested in their parent. A domain present both as an MSR zone and an
 * MMIO zone (same domain, same socket) is kept once, the MSR copy preferred. Stateless.
 */
public final class Powercap {

  /** Where Linux exposes powercap. */
  public static final Path DEFAULT_ROOT = Path.of("/sys/class/powercap");

  private static final Pattern ZONE_ID = Pattern.compile("(intel-rapl(?:-mmio)?):(\\d+)(?::(\\d+))?");

  private Powercap() {}

  /** The deduplicated RAPL zones under {@code root}, in id order. */
  public static List<RaplZone> zones(Path root) {
    return zones(root, CounterReader.FILES);
  }

  static List<RaplZone> zones(Path root, CounterReader reader) {
    requireNonNull(root, "root");
    if (!Files.isDirectory(root)) {
      throw new RaplUnavailableException(
          "RAPL unavailable: no powercap tree at " + root + " (not Linux, a VM or container without"
              + " it, or the intel_rapl driver is not loaded)");
    }
    Map<String, Path> dirs = new TreeMap<>();
    collect(root, dirs, 0);
    Map<String, String> names = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : dirs.entrySet()) {
      readName(e.getValue(), reader).ifPresent(name -> names.put(e.getKey(), name));
    }
    Map<String, RaplZone> byDomainAndSocket = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      Optional<RaplDomain> domain = RaplDomain.ofZoneName(e.getValue());
      if (domain.isEmpty()) {
        continue;
      }
      String id = e.getKey();
      Path dir = dirs.get(id);
      int socket = socketOf(id, e.getValue(), names);
      boolean mmio = id.startsWith("intel-rapl-mmio");
      long range = readLong(dir.resolve("max_energy_range_uj"), reader);
      RaplZone zone = new RaplZone(id, e.getValue(), domain.get(), socket, dir, range, mmio);
      String key = domain.get() + "/" + socket;
      RaplZone seen = byDomainAndSocket.get(key);
      if (seen == null || (seen.mmio() && !mmio)) {
        byDomainAndSocket.put(key, zone);
      }
    }
    if (byDomainAndSocket.isEmpty()) {
      throw new RaplUnavailableException(
          "RAPL unavailable: no intel-rapl zone under " + root
              + " (load the driver with 'modprobe intel_rapl_msr')");
    }
    List<RaplZone> zones = new ArrayList<>(byDomainAndSocket.values());
    zones.sort(Comparator.comparing(RaplZone::id));
    return zones;
  }

  private static void collect(Path dir, Map<String, Path> into, int depth) {
    if (depth > 2) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String id = entry.getFileName().toString();
        if (ZONE_ID.matcher(id).matches() && Files.isDirectory(entry)) {
          into.putIfAbsent(id, entry);
          collect(entry, into, depth + 1);
        }
      }
    } catch (IOException e) {
      throw new RaplUnavailableException("RAPL unavailable: cannot list " + dir + ": " + e);
    }
  }

  private static Optional<String> readName(Path dir, CounterReader reader) {
    try {
      return Optional.of(reader.read(dir.resolve("name")).trim());
    } catch (IOException e) {
      return Optional.empty(); // a zone without a readable name cannot be classified: not used
    }
  }

  private static int socketOf(String id, String name, Map<String, String> names) {
    if (name.startsWith("package-")) {
      return Integer.parseInt(name.substring("package-".length()));
    }
    Matcher m = ZONE_ID.matcher(id);
    m.matches();
    if (m.group(3) != null) {
      String parent = names.getOrDefault(m.group(1) + ":" + m.group(2), "");
      if (parent.startsWith("package-")) {
        return Integer.parseInt(parent.substring("package-".length()));
      }
    }
    return Integer.parseInt(m.group(2));
  }

  /**
   * Reads a counter file as microjoules.
   *
   * @throws RaplUnavailableException if it is absent or this user may not read it
   * @throws EnergyException if its content is not a non-negative integer
   */
  static long readLong(Path file, CounterReader reader) {
    String text;
    try {
      text = reader.read(file);
    } catch (AccessDeniedException e) {
      throw new RaplUnavailableException(
          "RAPL unavailable: " + file + " is readable only by root since the 2020 Platypus fix"
              + " (CVE-2020-8694); to enable: sudo chgrp <group> " + file.getParent().getParent()
              + "/intel-rapl*/energy_uj && sudo chmod g+r ... (or a udev rule), then add this user"
              + " to <group>");
    } catch (NoSuchFileException e) {
      throw new RaplUnavailableException("RAPL unavailable: " + file + " does not exist");
    } catch (IOException e) {
      throw new RaplUnavailableException("RAPL unavailable: cannot read " + file + ": " + e);
    }
    return parseMicrojoules(file, text);
  }

  static long parseMicrojoules(Path file, String text) {
    String trimmed = text.trim();
    try {
      long value = Long.parseLong(trimmed);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new EnergyException(
          file + " must hold a non-negative integer of microjoules, found '" + abbreviate(trimmed)
              + "'");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
