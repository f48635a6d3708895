package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the operating system says about this machine's processor, as read by {@link
 * CpuIdentityProbe}: the facts the power model matches on, from the most specific (the model name)
 * to the least (the vendor). Immutable.
 *
 * @param vendor {@code AMD}, {@code Intel}, or the raw vendor string for others
 * @param modelName the processor name (OSHI, else {@code /proc/cpuinfo} "model name")
 * @param family CPUID family, when known
 * @param model CPUID model, when known
 * @param stepping CPUID stepping, when known
 * @param packages sockets, &ge; 1
 * @param cores physical cores of all packages, &ge; packages
 * @param threads hardware threads (logical processors) of all packages, &ge; cores
 * @param virtualMachine whether the CPU reports a hypervisor (the {@code hypervisor} flag): the
 *     package is then shared with other guests and this machine sees only some of its threads
 * @param platform the DMI system vendor and product name (e.g. {@code Amazon EC2 m5.large}: EC2
 *     writes the instance type there), when readable
 */
public record CpuIdentity(
    String vendor,
    String modelName,
    OptionalInt family,
    OptionalInt model,
    OptionalInt stepping,
    int packages,
    int cores,
    int threads,
    boolean virtualMachine,
    Optional<String> platform) {

  public CpuIdentity {
    requireNonNull(vendor, "vendor");
    requireNonNull(modelName, "modelName");
    requireNonNull(family, "family");
    requireNonNull(model, "model");
    requireNonNull(stepping, "stepping");
    requireNonNull(platform, "platform");
    if (packages < 1) {
      throw new IllegalArgumentException("packages must be >= 1, found " + packages);
    }
    if (cores < packages) {
      throw new IllegalArgumentException(
          "cores must be >= packages (" + packages + "), found " + cores);
    }
    if (threads < cores) {
      throw new IllegalArgumentException("threads must be >= cores (" + cores + "), found " + threads);
    }
  }

  /** This machine's processor (OSHI, {@code /proc/cpuinfo}, DMI files; no network); read once per JVM. */
  public static CpuIdentity detect() {
    return Detected.IDENTITY;
  }

  private static final class Detected {
    static final CpuIdentity IDENTITY = CpuIdentityProbe.detect();
  }

  /** {@code AMD} for "AuthenticAMD"/"AMD...", {@code Intel} for "GenuineIntel"/"Intel...", else as given. */
  public static String normaliseVendor(String raw) {
    String v = raw.trim().toLowerCase(Locale.ROOT);
    if (v.contains("amd")) {
      return "AMD";
    }
    if (v.contains("intel")) {
      return "Intel";
    }
    return raw.trim();
  }

  /** One line of the facts, e.g. {@code "AMD EPYC (AMD family 25 model 17 stepping 1), 1 socket, 2 cores, 2 threads, VM"}. */
  public String describe() {
    StringBuilder s = new StringBuilder("'").append(modelName).append("' (").append(vendor);
    family.ifPresent(f -> s.append(" family ").append(f));
    model.ifPresent(m -> s.append(" model ").append(m));
    stepping.ifPresent(m -> s.append(" stepping ").append(m));
    s.append("), ").append(packages).append(packages == 1 ? " socket, " : " sockets, ")
        .append(cores).append(" cores, ").append(threads).append(" threads");
    if (virtualMachine) {
      s.append(", virtual machine");
    }
    platform.ifPresent(p -> s.append(", DMI '").append(p).append("'"));
    return s.toString();
  }

  /** An identity from a {@code /proc/cpuinfo} text and DMI files (for tests and for Linux without OSHI). */
  public static CpuIdentity fromCpuinfo(String cpuinfo, Map<String, String> dmi) {
    return CpuIdentityProbe.parse(cpuinfo, dmi);
  }
}
