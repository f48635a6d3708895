package org.greenautoml.energy.rapl;

import java.util.Optional;

/**
 * A RAPL power domain, named by a powercap zone's {@code name} file (Linux
 * {@code Documentation/power/powercap/powercap.rst}). {@link #CORE} and {@link #UNCORE} are parts of
 * {@link #PACKAGE} and are never added to it; {@link #PSYS} (the whole SoC platform) contains
 * package and DRAM.
 */
public enum RaplDomain {
  PACKAGE,
  DRAM,
  PSYS,
  CORE,
  UNCORE;

  /** The domain of a zone {@code name} ({@code package-0}, {@code dram}, ...), or empty. */
  public static Optional<RaplDomain> ofZoneName(String name) {
    if (name.matches("package-\\d+")) {
      return Optional.of(PACKAGE);
    }
    switch (name) {
      case "dram":
        return Optional.of(DRAM);
      case "psys":
        return Optional.of(PSYS);
      case "core":
        return Optional.of(CORE);
      case "uncore":
        return Optional.of(UNCORE);
      default:
        return Optional.empty();
    }
  }
}
