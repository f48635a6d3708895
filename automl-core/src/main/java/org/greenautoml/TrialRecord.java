package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.TrialMetrics;

/**
 * One trial of a search as the user sees it: what ran, at which fidelity, how it ended, what it
 * scored and what it cost.
 *
 * @param id the trial's id, unique in its search
 * @param family the model family's name
 * @param configuration the full configuration, family included
 * @param rung the rung of the fidelity ladder, 0 for the lowest
 * @param fidelity the fraction of training rows the trial saw
 * @param status how the trial ended
 * @param metrics what it measured, when it succeeded
 * @param costKgCO2e what the trial was charged, in kg CO2e
 * @param failureReason why it failed or stopped, empty when it succeeded
 * @param testScores its scores on held-out test rows, present only for a front member of a
 *     result {@linkplain SearchResult#scoredOn scored on a test set}
 */
public record TrialRecord(
    int id,
    String family,
    Configuration configuration,
    int rung,
    double fidelity,
    TrialStatus status,
    Optional<TrialMetrics> metrics,
    double costKgCO2e,
    String failureReason,
    Optional<TestScores> testScores) {

  /** Checks the parts. */
  public TrialRecord {
    requireNonNull(family, "family");
    requireNonNull(configuration, "configuration");
    requireNonNull(status, "status");
    requireNonNull(metrics, "metrics");
    requireNonNull(failureReason, "failureReason");
    requireNonNull(testScores, "testScores");
    if (metrics.isPresent() != (status == TrialStatus.SUCCEEDED)) {
      throw new IllegalArgumentException(
          "metrics of trial " + id + " must be present exactly when it succeeded, found " + status);
    }
  }

  /** This trial with {@code scores} on held-out test rows. */
  public TrialRecord withTestScores(TestScores scores) {
    if (!succeeded()) {
      throw new IllegalArgumentException(
          "only a succeeded trial can have test scores, found trial " + id + " " + status);
    }
    return new TrialRecord(id, family, configuration, rung, fidelity, status, metrics,
        costKgCO2e, failureReason, Optional.of(scores));
  }

  /** The record of a scheduler's outcome, reading the metrics the evaluator stored. */
  public static TrialRecord of(TrialOutcome outcome) {
    Configuration configuration = outcome.trial().configuration();
    Optional<TrialMetrics> metrics =
        outcome.status() == TrialStatus.SUCCEEDED
            ? Optional.of(TrialMetrics.of(outcome.metrics()))
            : Optional.empty();
    return new TrialRecord(
        outcome.trial().id(),
        configuration.getString(MeteredTrialEvaluator.FAMILY),
        configuration,
        outcome.trial().rung(),
        outcome.trial().fidelity(),
        outcome.status(),
        metrics,
        outcome.costKgCO2e(),
        outcome.failureReason(),
        Optional.empty());
  }

  /** Whether the trial succeeded. */
  public boolean succeeded() {
    return status == TrialStatus.SUCCEEDED;
  }

  /** Validation accuracy; empty when the trial did not succeed. */
  public OptionalDouble validationAccuracy() {
    return metrics.map(m -> OptionalDouble.of(m.validationAccuracy())).orElse(OptionalDouble.empty());
  }
}
