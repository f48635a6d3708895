package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.greenautoml.search.pareto.ObjectiveVector;

/**
 * The result of one trial as the scheduler and the journal see it.
 *
 * @param trial the trial
 * @param status how it ended
 * @param objectives its objective vector; present exactly when it succeeded
 * @param costKgCO2e what it cost, non-negative
 * @param metrics what the trial measured beyond its objectives ({@link Measurements#NONE} when
 *     nothing)
 * @param failureReason why it failed or stopped; empty when it succeeded
 */
public record TrialOutcome(
    Trial trial,
    TrialStatus status,
    Optional<ObjectiveVector> objectives,
    double costKgCO2e,
    Measurements metrics,
    String failureReason) {

  /** Validates every field. */
  public TrialOutcome {
    requireNonNull(trial, "trial");
    requireNonNull(status, "status");
    requireNonNull(objectives, "objectives");
    requireNonNull(metrics, "metrics");
    requireNonNull(failureReason, "failureReason");
    if (!(costKgCO2e >= 0) || !Double.isFinite(costKgCO2e)) {
      throw new IllegalArgumentException(
          "cost of trial " + trial.id() + " must be non-negative and finite, found " + costKgCO2e);
    }
    if ((status == TrialStatus.SUCCEEDED) != objectives.isPresent()) {
      throw new IllegalArgumentException(
          "objectives of trial " + trial.id() + " must be present exactly when it succeeded, found "
              + status + " with " + objectives);
    }
  }

  /** A successful outcome. */
  public static TrialOutcome succeeded(
      Trial trial, ObjectiveVector objectives, double costKgCO2e, Measurements metrics) {
    return new TrialOutcome(
        trial, TrialStatus.SUCCEEDED, Optional.of(objectives), costKgCO2e, metrics, "");
  }

  /** A successful outcome that measured nothing beyond its objectives. */
  public static TrialOutcome succeeded(Trial trial, ObjectiveVector objectives, double costKgCO2e) {
    return succeeded(trial, objectives, costKgCO2e, Measurements.NONE);
  }

  /** A failed or stopped outcome with its reason. */
  public static TrialOutcome unsuccessful(
      Trial trial, TrialStatus status, double costKgCO2e, Measurements metrics,
      String reason) {
    if (status == TrialStatus.SUCCEEDED) {
      throw new IllegalArgumentException("status of an unsuccessful outcome must not be SUCCEEDED");
    }
    return new TrialOutcome(trial, status, Optional.empty(), costKgCO2e, metrics, reason);
  }
}
