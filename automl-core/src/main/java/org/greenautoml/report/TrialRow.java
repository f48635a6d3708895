package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import org.greenautoml.energy.EnergyReading;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.TestScores;
import org.greenautoml.search.schedule.TrialStatus;

/**
 * One trial of a run, as the report shows it: the configuration and fidelity it ran at, its
 * outcome, its validation metrics and what it cost.
 *
 * <p>Metrics a trial did not produce (a failed or stopped trial) are NaN; {@code modelSizeBytes}
 * is -1 when there is no model. A {@link #SUCCEEDED} trial has every figure. Training energy is
 * metered energy before PUE; {@code trainingKgCO2e} includes PUE and the region's intensity.
 *
 * @param id the trial's id, unique in the run, non-negative
 * @param family the model family, for example {@code "xgboost"}
 * @param configuration hyperparameter values ({@code Integer}, {@code Double}, {@code String} or
 *     {@code Boolean}), in declaration order
 * @param rung the rung of the fidelity ladder, 0 for the lowest
 * @param fidelity the fraction of training rows, in (0, 1]
 * @param trainingRows the number of rows the trial trained on, at least 1
 * @param status how the trial ended
 * @param failureReason why it failed, {@code ""} when it did not fail; not blank when FAILED
 * @param validationAccuracy accuracy on the validation rows, in [0, 1], or NaN
 * @param balancedAccuracy balanced accuracy on the validation rows, in [0, 1], or NaN
 * @param trainingJoules metered training energy in J, or NaN
 * @param trainingKWh the same in kWh ({@code trainingJoules / 3.6e6}), or NaN
 * @param trainingKgCO2e training emissions in kg CO2e, or NaN
 * @param inferenceJoulesPerPrediction metered energy per prediction on the validation rows, or NaN
 * @param modelSizeBytes the serialized model's size in bytes, or -1 when there is no model or it
 *     was not measured (a trial below the top fidelity)
 * @param wallSeconds the trial's wall-clock time in seconds
 * @param onFront whether the trial is on the run's Pareto front (only a succeeded trial can be)
 * @param testScores the trial's scores on the run's test set; only a front trial can have them
 * @param place where the trial ran, its meter and region, and its energy there
 */
public record TrialRow(
    int id,
    String family,
    Map<String, Object> configuration,
    int rung,
    double fidelity,
    int trainingRows,
    TrialStatus status,
    String failureReason,
    double validationAccuracy,
    double balancedAccuracy,
    double trainingJoules,
    double trainingKWh,
    double trainingKgCO2e,
    double inferenceJoulesPerPrediction,
    long modelSizeBytes,
    double wallSeconds,
    boolean onFront,
    Optional<TestScores> testScores,
    TrialPlace place) {


  /** A row whose place is not known (a report written before places were recorded). */
  public TrialRow(int id, String family, Map<String, Object> configuration, int rung,
      double fidelity, int trainingRows, TrialStatus status, String failureReason,
      double validationAccuracy, double balancedAccuracy, double trainingJoules,
      double trainingKWh, double trainingKgCO2e, double inferenceJoulesPerPrediction,
      long modelSizeBytes, double wallSeconds, boolean onFront, Optional<TestScores> testScores) {
    this(id, family, configuration, rung, fidelity, trainingRows, status, failureReason,
        validationAccuracy, balancedAccuracy, trainingJoules, trainingKWh, trainingKgCO2e,
        inferenceJoulesPerPrediction, modelSizeBytes, wallSeconds, onFront, testScores,
        TrialPlace.UNKNOWN);
  }

  /** Validates every field and copies the configuration, keeping its order. */
  public TrialRow {
    java.util.Objects.requireNonNull(place, "place");
    Checks.atLeast(id, 0, "trial id");
    String where = "trial " + id + ": ";
    Checks.nonBlank(family, where + "family");
    configuration = copyConfiguration(configuration, where);
    Checks.atLeast(rung, 0, where + "rung");
    if (!(fidelity > 0 && fidelity <= 1)) {
      throw new IllegalArgumentException(where + "fidelity must be in (0, 1], found " + fidelity);
    }
    Checks.atLeast(trainingRows, 1, where + "training rows");
    requireNonNull(status, where + "status must not be null");
    Checks.text(failureReason, where + "failure reason");
    checkFailureReason(status, failureReason, where);
    Checks.nanOrFraction(validationAccuracy, where + "validation accuracy");
    Checks.nanOrFraction(balancedAccuracy, where + "balanced accuracy");
    Checks.nanOrNonNegative(trainingJoules, where + "training joules");
    Checks.nanOrNonNegative(trainingKWh, where + "training kWh");
    Checks.nanOrNonNegative(trainingKgCO2e, where + "training kg CO2e");
    Checks.nanOrNonNegative(inferenceJoulesPerPrediction, where + "inference J per prediction");
    Checks.atLeast(modelSizeBytes, -1, where + "model size in bytes");
    Checks.finiteNonNegative(wallSeconds, where + "wall seconds");
    requireNonNull(testScores, where + "test scores must not be null");
    if (testScores.isPresent() && !onFront) {
      throw new IllegalArgumentException(
          where + "only a trial on the front can have test scores, found " + testScores.get());
    }
    checkJoulesMatchKWh(trainingJoules, trainingKWh, where);
    if (status == TrialStatus.SUCCEEDED) {
      checkComplete(where, validationAccuracy, balancedAccuracy, trainingJoules, trainingKgCO2e,
          inferenceJoulesPerPrediction);
      if (onFront && fidelity == 1.0 && modelSizeBytes < 0) {
        // below the top fidelity the size is only measured when an objective ranks on it
        throw new IllegalArgumentException(where
            + "a top-fidelity trial on the front must have its model size, found " + modelSizeBytes);
      }
    } else if (onFront) {
      throw new IllegalArgumentException(
          where + "a trial on the front must be SUCCEEDED, found " + status);
    }
  }

  /** A trial without test scores. */
  public TrialRow(int id, String family, Map<String, Object> configuration, int rung,
      double fidelity, int trainingRows, TrialStatus status, String failureReason,
      double validationAccuracy, double balancedAccuracy, double trainingJoules,
      double trainingKWh, double trainingKgCO2e, double inferenceJoulesPerPrediction,
      long modelSizeBytes, double wallSeconds, boolean onFront) {
    this(id, family, configuration, rung, fidelity, trainingRows, status, failureReason,
        validationAccuracy, balancedAccuracy, trainingJoules, trainingKWh, trainingKgCO2e,
        inferenceJoulesPerPrediction, modelSizeBytes, wallSeconds, onFront, Optional.empty());
  }

  /** Whether the trial succeeded and so has every figure. */
  public boolean succeeded() {
    return status == TrialStatus.SUCCEEDED;
  }

  /** Training emissions in g CO2e (NaN when unknown). */
  public double trainingGramsCO2e() {
    return trainingKgCO2e * 1000.0;
  }

  private static Map<String, Object> copyConfiguration(Map<String, Object> values, String where) {
    requireNonNull(values, where + "configuration must not be null");
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          Checks.nonBlank(name, where + "configuration parameter name");
          boolean ok = value instanceof Integer || value instanceof String
              || value instanceof Boolean
              || (value instanceof Double d && Double.isFinite(d));
          if (!ok) {
            throw new IllegalArgumentException(where + "value of " + name
                + " must be an Integer, a finite Double, a String or a Boolean, found " + value);
          }
          copy.put(name, value);
        });
    return Collections.unmodifiableMap(copy);
  }

  private static void checkFailureReason(TrialStatus status, String reason, String where) {
    if (status == TrialStatus.FAILED && reason.isBlank()) {
      throw new IllegalArgumentException(where + "failure reason must not be blank when FAILED");
    }
    if (status == TrialStatus.SUCCEEDED && !reason.isEmpty()) {
      throw new IllegalArgumentException(
          where + "failure reason must be empty when SUCCEEDED, found \"" + reason + "\"");
    }
  }

  private static void checkJoulesMatchKWh(double joules, double kWh, String where) {
    if (Double.isNaN(joules) != Double.isNaN(kWh)) {
      throw new IllegalArgumentException(
          where + "training joules and kWh must both be known or both NaN, found "
              + joules + " J and " + kWh + " kWh");
    }
    if (!Double.isNaN(joules)
        && Math.abs(joules - kWh * EnergyReading.JOULES_PER_KWH) > 1e-6 * Math.max(joules, 1e-9)) {
      throw new IllegalArgumentException(
          where + "training kWh must be training joules / 3.6e6 = " + joules / EnergyReading.JOULES_PER_KWH
              + ", found " + kWh);
    }
  }

  private static void checkComplete(String where, double... figures) {
    for (double figure : figures) {
      if (Double.isNaN(figure) || figure < 0) {
        throw new IllegalArgumentException(
            where + "a SUCCEEDED trial must have every metric and energy figure, found "
                + figure);
      }
    }
  }
}
