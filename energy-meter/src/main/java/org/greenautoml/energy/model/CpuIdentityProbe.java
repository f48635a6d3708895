package org.greenautoml.energy.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/** Reads a {@link CpuIdentity}: OSHI first, {@code /proc/cpuinfo} and DMI files to fill gaps. */
final class CpuIdentityProbe {

  private static final Path CPUINFO = Path.of("/proc/cpuinfo");
  private static final Path DMI = Path.of("/sys/class/dmi/id");
  private static final List<String> DMI_FILES = List.of("sys_vendor", "product_name");

  private CpuIdentityProbe() {}

  static CpuIdentity detect() {
    Map<String, String> dmi = readDmi();
    CpuIdentity fromFile = parse(read(CPUINFO).orElse(""), dmi);
    CentralProcessor cpu = new SystemInfo().getHardware().getProcessor();
    CentralProcessor.ProcessorIdentifier id = cpu.getProcessorIdentifier();
    int packages = Math.max(1, cpu.getPhysicalPackageCount());
    int cores = Math.max(packages, cpu.getPhysicalProcessorCount());
    int threads = Math.max(cores, cpu.getLogicalProcessorCount());
    String name = id.getName().trim().isEmpty() ? fromFile.modelName() : id.getName().trim();
    return new CpuIdentity(
        CpuIdentity.normaliseVendor(id.getVendor().isBlank() ? fromFile.vendor() : id.getVendor()),
        name, number(id.getFamily()).isPresent() ? number(id.getFamily()) : fromFile.family(),
        number(id.getModel()).isPresent() ? number(id.getModel()) : fromFile.model(),
        number(id.getStepping()).isPresent() ? number(id.getStepping()) : fromFile.stepping(),
        packages, cores, threads, fromFile.virtualMachine(), fromFile.platform());
  }

  /** Parses the first processor block of {@code /proc/cpuinfo} and counts the others. */
  static CpuIdentity parse(String cpuinfo, Map<String, String> dmi) {
    Map<String, String> first = new LinkedHashMap<>();
    Set<String> packages = new HashSet<>();
    Set<String> cores = new HashSet<>();
    int threads = 0;
    String physical = "0";
    for (String line : cpuinfo.split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (key.equals("processor")) {
        threads++;
      } else if (key.equals("physical id")) {
        physical = value;
        packages.add(value);
      } else if (key.equals("core id")) {
        cores.add(physical + "/" + value);
      }
      if (threads == 1) {
        first.putIfAbsent(key, value);
      }
    }
    int t = Math.max(1, threads);
    int p = Math.max(1, packages.size());
    int c = Math.min(t, Math.max(p, cores.size()));
    String flags = " " + first.getOrDefault("flags", "") + " ";
    return new CpuIdentity(
        CpuIdentity.normaliseVendor(first.getOrDefault("vendor_id", "unknown")),
        first.getOrDefault("model name", "unknown CPU"), number(first.get("cpu family")),
        number(first.get("model")), number(first.get("stepping")), p, c, t,
        flags.contains(" hypervisor "), platform(dmi));
  }

  private static Optional<String> platform(Map<String, String> dmi) {
    String vendor = dmi.getOrDefault("sys_vendor", "").trim();
    String product = dmi.getOrDefault("product_name", "").trim();
    String both = (vendor + " " + product).trim();
    return both.isEmpty() ? Optional.empty() : Optional.of(both);
  }

  private static OptionalInt number(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static Map<String, String> readDmi() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String file : DMI_FILES) {
      read(DMI.resolve(file)).ifPresent(v -> out.put(file, v.trim()));
    }
    return out;
  }

  private static Optional<String> read(Path file) {
    try {
      return Files.isReadable(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
