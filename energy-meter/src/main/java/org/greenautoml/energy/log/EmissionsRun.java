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
 * @param staticJoules the static share (idle power × time held × machine share), J, &ge; 0; part
 *     of {@code cpu_energy} as in CodeCarbon, whose CPU energy includes idle power
 * @param embodiedKgCO2e the embodied share, kg CO2e, when computed; its own column, never added
 *     to {@code emissions}
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
    OptionalDouble ramTotalGigabytes,
    double staticJoules,
    OptionalDouble embodiedKgCO2e) {

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
    requireNonNull(embodiedKgCO2e, "embodiedKgCO2e");
    if (runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be blank");
    }
    if (!(staticJoules >= 0) || Double.isInfinite(staticJoules)) {
      throw new IllegalArgumentException("staticJoules must be finite and >= 0, found " + staticJoules);
    }
  }

  /** A run with no static or embodied share (a RAPL reading holds idle power already). */
  public EmissionsRun(
      Instant timestamp, String projectName, String runId, EnergyReading reading,
      CarbonFootprint footprint, CarbonIntensity intensity, Pue pue, Optional<String> cpuModel,
      OptionalInt cpuCount, OptionalDouble ramTotalGigabytes) {
    this(timestamp, projectName, runId, reading, footprint, intensity, pue, cpuModel, cpuCount,
        ramTotalGigabytes, 0, OptionalDouble.empty());
  }

  /** CPU energy as CodeCarbon counts it: the dynamic reading plus the static share, J. */
  public double cpuJoules() {
    return reading.cpuJoules() + staticJoules;
  }

  /** Everything operational: reading plus static share, J. */
  public double joules() {
    return reading.joules() + staticJoules;
  }

  /**
   * A run whose footprint (of the reading plus {@code staticJoules}) is computed by {@code
   * accountant}; machine details unknown.
   */
  public static EmissionsRun of(
      Instant timestamp, String projectName, String runId, EnergyReading reading,
      double staticJoules, OptionalDouble embodiedKgCO2e, CarbonAccountant accountant) {
    return new EmissionsRun(
        timestamp, projectName, runId, reading,
        accountant.footprintOf((reading.joules() + staticJoules) / EnergyReading.JOULES_PER_KWH),
        accountant.intensity(), accountant.pue(), Optional.empty(), OptionalInt.empty(),
        OptionalDouble.empty(), staticJoules, embodiedKgCO2e);
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
