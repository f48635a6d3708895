package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.Pue;

/**
 * Where a result came from: the data, the seed, the software, the meter and the carbon figures
 * used, so that a reader can judge and repeat it.
 *
 * @param seed the search's root seed; every random source (split, subsample, sampler, tie-break,
 *     trials) draws from a seed split from it per use (SeedSplit)
 * @param datasetName the data's name (its file name, or a given name)
 * @param dataFingerprint a stable hash of the data's contents
 * @param rows rows of the whole dataset
 * @param features feature columns of the dataset
 * @param classes classes of the target
 * @param schedulerName the scheduler that ran
 * @param objectives the objectives promotion ranked on, in order
 * @param meterMethod how energy was measured
 * @param meterDescription one line on what the meter measured
 * @param meterUncertainty the largest relative uncertainty of the trials' readings; empty when no
 *     trial measured anything (then {@link #statedUncertainty()} gives the method's figure)
 * @param intensity the carbon intensity used, with its source and year
 * @param pue the power usage effectiveness used, with its source
 * @param versions versions of GreenAutoML, Tribuo, Java and the operating system
 * @param startedAt when the search started
 * @param finishedAt when it finished
 * @param testSet the held-out table the front was scored on, if it was
 */
public record Provenance(
    long seed,
    String datasetName,
    String dataFingerprint,
    int rows,
    int features,
    int classes,
    String schedulerName,
    List<String> objectives,
    EnergyMethod meterMethod,
    String meterDescription,
    OptionalDouble meterUncertainty,
    CarbonIntensity intensity,
    Pue pue,
    Map<String, String> versions,
    Instant startedAt,
    Instant finishedAt,
    Optional<TestSet> testSet) {

  /** Checks and copies the parts. */
  public Provenance {
    requireNonNull(datasetName, "datasetName");
    requireNonNull(dataFingerprint, "dataFingerprint");
    requireNonNull(schedulerName, "schedulerName");
    objectives = List.copyOf(objectives);
    requireNonNull(meterMethod, "meterMethod");
    requireNonNull(meterDescription, "meterDescription");
    requireNonNull(intensity, "intensity");
    requireNonNull(pue, "pue");
    versions = Map.copyOf(versions);
    requireNonNull(startedAt, "startedAt");
    requireNonNull(finishedAt, "finishedAt");
    requireNonNull(testSet, "testSet");
    if (datasetName.isBlank() || schedulerName.isBlank()) {
      throw new IllegalArgumentException("dataset and scheduler names must not be blank, found \""
          + datasetName + "\" and \"" + schedulerName + "\"");
    }
    if (rows < 0 || features < 0 || classes < 0) {
      throw new IllegalArgumentException("rows, features and classes must be >= 0, found "
          + rows + ", " + features + " and " + classes);
    }
    if (finishedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(
          "finish time must not be before start time " + startedAt + ", found " + finishedAt);
    }
    requireNonNull(meterUncertainty, "meterUncertainty");
    if (meterUncertainty.isPresent() && !(meterUncertainty.getAsDouble() >= 0)) {
      throw new IllegalArgumentException(
          "meter uncertainty must be >= 0, found " + meterUncertainty.getAsDouble());
    }
  }

  /** This provenance with the test set the front was scored on. */
  public Provenance withTestSet(TestSet test) {
    return new Provenance(seed, datasetName, dataFingerprint, rows, features, classes,
        schedulerName, objectives, meterMethod, meterDescription, meterUncertainty, intensity, pue,
        versions, startedAt, finishedAt, Optional.of(requireNonNull(test, "test")));
  }

  /**
   * The meter's stated relative uncertainty: the largest of the trials' readings, or, when no
   * trial measured anything, the method's documented figure (RAPL apportioned to a process, or the
   * power model's band at low load for a CPU without a measured sweep).
   */
  public double statedUncertainty() {
    if (meterUncertainty.isPresent()) {
      return meterUncertainty.getAsDouble();
    }
    return meterMethod == EnergyMethod.RAPL
        ? org.greenautoml.energy.rapl.RaplMeter.APPORTIONED_UNCERTAINTY
        : org.greenautoml.energy.model.PowerCurveTable.bundled().classBand().low();
  }

  /** The search's wall-clock time in seconds, from start to finish. */
  public double wallSeconds() {
    return java.time.Duration.between(startedAt, finishedAt).toNanos() / 1e9;
  }

  /** The version of {@code software} ({@code greenautoml}, {@code tribuo}, {@code java}, {@code os}). */
  public String version(String software) {
    return versions.getOrDefault(software, "unknown");
  }

  /** The kg CO2e one metered kWh costs in this run: PUE times the region's intensity. */
  public double kgCO2ePerKWh() {
    return new CarbonAccountant(intensity, pue).kgCO2ePerKWh();
  }

  /** The versions of the software that ran: GreenAutoML, Tribuo, Java and the OS. */
  public static Map<String, String> currentVersions() {
    String own = GreenAutoML.class.getPackage().getImplementationVersion();
    return Map.of(
        "greenautoml", own == null ? "development build" : own,
        "tribuo", org.tribuo.Tribuo.VERSION,
        "java", System.getProperty("java.version"),
        "os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }
}
