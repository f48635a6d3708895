package org.greenautoml.energy.rapl;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One powercap zone with a RAPL energy counter.
 *
 * @param id the directory name, e.g. {@code intel-rapl:0} or {@code intel-rapl-mmio:0:1}
 * @param name the content of its {@code name} file, e.g. {@code package-0}
 * @param domain what it measures
 * @param socket the package it belongs to (from {@code package-N}, or its parent zone)
 * @param directory where its {@code energy_uj} lives
 * @param maxEnergyRangeUj the counter's wrap value ({@code max_energy_range_uj}), &gt; 0
 * @param mmio whether it is an {@code intel-rapl-mmio} copy rather than the MSR zone
 */
public record RaplZone(
    String id,
    String name,
    RaplDomain domain,
    int socket,
    Path directory,
    long maxEnergyRangeUj,
    boolean mmio) {

  public RaplZone {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(domain, "domain");
    requireNonNull(directory, "directory");
    if (maxEnergyRangeUj <= 0) {
      throw new IllegalArgumentException(
          "max_energy_range_uj of " + directory + " must be > 0, found " + maxEnergyRangeUj);
    }
  }

  /** The counter file. */
  public Path energyFile() {
    return directory.resolve("energy_uj");
  }
}
