package org.greenautoml.search.execute;

import static java.util.Objects.requireNonNull;

import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Measurements;

/**
 * What an evaluator returns.
 *
 * @param objectives the objective vector, in the promotion's objective order
 * @param costKgCO2e the trial's total cost, non-negative and finite
 * @param metrics what the trial measured beyond its objectives, typed; the journal stores its
 *     {@link Measurements#toJson() JSON form}
 */
public record TrialEvaluation(
    ObjectiveVector objectives, double costKgCO2e, Measurements metrics) {

  /** Validates. */
  public TrialEvaluation {
    requireNonNull(objectives, "objectives");
    if (!(costKgCO2e >= 0) || !Double.isFinite(costKgCO2e)) {
      throw new IllegalArgumentException(
          "trial cost (kg CO2e) must be non-negative and finite, found " + costKgCO2e);
    }
    requireNonNull(metrics, "metrics");
  }

  /** An evaluation that measured nothing beyond its objectives. */
  public TrialEvaluation(ObjectiveVector objectives, double costKgCO2e) {
    this(objectives, costKgCO2e, Measurements.NONE);
  }
}
