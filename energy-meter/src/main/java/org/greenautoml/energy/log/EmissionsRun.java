package org.greenautoml.energy.log;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonFootprint;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.Pue;

/**
 * One run to log as a row of a CodeCarbon-compatible {@code emissions.csv}.
 *
 * @param timestamp when the run ended
 * @param projectName the project (CodeCarbon's default is {@code codecarbon})
 * @param runId a unique id of the run
 * @param reading the energy of the run
 * @param footprint its emissions
 * @param intensity the carbon intensity used
 * @param pue the PUE used
 * @param cpuModel the CPU model, if known
 * @param cpuCount hardware threads, if known
 * @param ramTotalGigabytes total machine memory in GB, if known
 */
public record EmissionsRun(
    Instant timestamp,
    String projectName,
    String runId,
    EnergyReading reading,
    CarbonFootprint footprint,
    CarbonIntensity intensity,
    Pue pue,
    Optional<String> cpuModel,
    OptionalInt cpuCount,
    OptionalDouble ramTotalGigabytes) {

  public EmissionsRun {
    requireNonNull(timestamp, "timestamp");
    requireNonNull(projectName, "projectName");
    requireNonNull(runId, "runId");
    requireNonNull(reading, "reading");
    requireNonNull(footprint, "footprint");
    requireNonNull(intensity, "intensity");
    requireNonNull(pue, "pue");
    requireNonNull(cpuModel, "cpuModel");
    requireNonNull(cpuCount, "cpuCount");
    requireNonNull(ramTotalGigabytes, "ramTotalGigabytes");
    if (runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be blank");
    }
  }

  /** A run whose footprint is computed by {@code accountant}; machine details unknown. */
  public static EmissionsRun of(
      Instant timestamp, String projectName, String runId, EnergyReading reading,
      CarbonAccountant accountant) {
    return new EmissionsRun(
        timestamp, projectName, runId, reading, accountant.footprintOf(reading),
        accountant.intensity(), accountant.pue(), Optional.empty(), OptionalInt.empty(),
        OptionalDouble.empty());
  }
}
