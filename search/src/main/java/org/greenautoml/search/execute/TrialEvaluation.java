package org.greenautoml.search.execute;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenautoml.search.pareto.ObjectiveVector;

/**
 * What an evaluator returns.
 *
 * @param objectives the objective vector, in the promotion's objective order
 * @param costKgCO2e the trial's total cost, non-negative and finite
 * @param metrics extra JSON-able values for the journal
 */
public record TrialEvaluation(
    ObjectiveVector objectives, double costKgCO2e, Map<String, Object> metrics) {

  /** Validates and copies. */
  public TrialEvaluation {
    requireNonNull(objectives, "objectives");
    if (!(costKgCO2e >= 0) || !Double.isFinite(costKgCO2e)) {
      throw new IllegalArgumentException(
          "trial cost (kg CO2e) must be non-negative and finite, found " + costKgCO2e);
    }
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
