package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.greenautoml.TestScores;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.search.schedule.TrialStatus;

/**
 * One trial of a run, as the report shows it: the configuration and fidelity it ran at, its
 * outcome, what it measured and what that cost where it ran. Built from the engine's {@link
 * org.greenautoml.TrialRecord} by {@link RunReports#from} (the report adds what the record does not
 * hold: the training rows of a failed trial, the figures priced at the region and time the trial
 * ran, its place), or read back from {@code report.json}.
 *
 * <p>A {@link TrialStatus#SUCCEEDED} trial has its {@link #figures()}; any other has none (never
 * NaN). Training energy is metered energy before PUE; {@code trainingKgCO2e} includes PUE and the
 * intensity where and when the trial ran.
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
 * @param figures what a succeeded trial measured; empty for any other
 * @param wallSeconds the trial's wall-clock time in seconds
 * @param onFront whether the trial is on the run's Pareto front (only a succeeded trial can be)
 * @param testScores the trial's scores on the run's test set; only a front trial can have them
 * @param place where the trial ran, its meter and region, and its energy there; empty for a
 *     trial that measured nothing, or in a report written before places were recorded
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
    Optional<Figures> figures,
    double wallSeconds,
    boolean onFront,
    Optional<TestScores> testScores,
    Optional<TrialPlace> place) {

  /**
   * What a succeeded trial measured, as the report shows it.
   *
   * @param validationAccuracy accuracy on the validation rows, in [0, 1]
   * @param balancedAccuracy balanced accuracy on the validation rows, in [0, 1]
   * @param trainingJoules metered training energy in J
   * @param trainingKgCO2e training emissions in kg CO2e where and when it ran
   * @param inferenceJoulesPerPrediction metered energy per prediction on the validation rows
   * @param modelSizeBytes the serialized model's size; empty when it was not measured (a trial
   *     below the top fidelity)
   * @param validationFolds how many folds {@code validationAccuracy} is the mean of: 1 for one
   *     holdout, k for a trial cross-validated over k folds
   * @param validationStandardError the standard error of that mean, 0 for one holdout
   */
  public record Figures(double validationAccuracy, double balancedAccuracy, double trainingJoules,
      double trainingKgCO2e, double inferenceJoulesPerPrediction, OptionalLong modelSizeBytes,
      int validationFolds, double validationStandardError) {

    /** Validates every figure. */
    public Figures {
      Checks.fraction(validationAccuracy, "validation accuracy");
      Checks.fraction(balancedAccuracy, "balanced accuracy");
      Checks.finiteNonNegative(trainingJoules, "training joules");
      Checks.finiteNonNegative(trainingKgCO2e, "training kg CO2e");
      Checks.finiteNonNegative(inferenceJoulesPerPrediction, "inference J per prediction");
      requireNonNull(modelSizeBytes, "model size must not be null");
      modelSizeBytes.ifPresent(bytes -> Checks.atLeast(bytes, 0, "model size in bytes"));
      Checks.atLeast(validationFolds, 1, "validation folds");
      Checks.finiteNonNegative(validationStandardError, "validation standard error");
    }

    /** Whether the validation accuracy is a mean over more than one fold. */
    public boolean crossValidated() {
      return validationFolds > 1;
    }

    /** Training energy in kWh ({@code trainingJoules / 3.6e6}). */
    public double trainingKWh() {
      return trainingJoules / EnergyReading.JOULES_PER_KWH;
    }

    /** Training emissions in g CO2e. */
    public double trainingGramsCO2e() {
      return trainingKgCO2e * 1000.0;
    }
  }

  /** Validates every field and copies the configuration, keeping its order. */
  public TrialRow {
    requireNonNull(place, "place");
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
    requireNonNull(figures, where + "figures must not be null");
    Checks.finiteNonNegative(wallSeconds, where + "wall seconds");
    requireNonNull(testScores, where + "test scores must not be null");
    if (testScores.isPresent() && !onFront) {
      throw new IllegalArgumentException(
          where + "only a trial on the front can have test scores, found " + testScores.get());
    }
    if (figures.isPresent() != (status == TrialStatus.SUCCEEDED)) {
      throw new IllegalArgumentException(where
          + "figures must be present exactly when the trial SUCCEEDED, found " + status
          + (figures.isPresent() ? " with figures" : " without figures"));
    }
    if (onFront && status != TrialStatus.SUCCEEDED) {
      throw new IllegalArgumentException(
          where + "a trial on the front must be SUCCEEDED, found " + status);
    }
    if (onFront && fidelity == 1.0 && figures.get().modelSizeBytes().isEmpty()) {
      // below the top fidelity the size is only measured when an objective ranks on it
      throw new IllegalArgumentException(
          where + "a top-fidelity trial on the front must have its model size, found none");
    }
  }

  /** Whether the trial succeeded and so has its figures. */
  public boolean succeeded() {
    return status == TrialStatus.SUCCEEDED;
  }

  /** This trial with its front flag set to {@code front} (and its test scores kept only then). */
  public TrialRow onFront(boolean front) {
    return new TrialRow(id, family, configuration, rung, fidelity, trainingRows, status,
        failureReason, figures, wallSeconds, front, front ? testScores : Optional.empty(), place);
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

}
