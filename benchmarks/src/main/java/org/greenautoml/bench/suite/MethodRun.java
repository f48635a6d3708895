package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What one method's search on one dataset and seed produced, before the figures that compare
 * methods (target energy, hypervolume, grid estimate) are computed.
 *
 * @param dataset the dataset's manifest name
 * @param method the method
 * @param seed the seed of the split and of the search
 * @param budgetKgCO2e the budget the search was given
 * @param spentKWh energy of the whole search, trials and overhead, in kWh
 * @param spentKgCO2e what the search was charged, in kg CO2e
 * @param wallSeconds wall time of the search call
 * @param trials trials run, every rung and outcome
 * @param stopReason why the search stopped
 * @param energyMethod how energy was measured (for example {@code MODEL}) and its uncertainty
 * @param topTrials every succeeded full-fidelity trial, in finish order
 * @param bestTestAccuracy test accuracy of the front's most accurate model on validation; NaN if
 *     no trial reached full fidelity
 * @param bestTrainingKWh training energy of that model, in kWh; NaN if none
 * @param kneeTestAccuracy test accuracy of the knee of the front; NaN if none
 * @param familyMeanTrialKWh mean full-fidelity trial energy by family (for the grid estimate)
 * @param gridSizeByFamily grid size of each applicable family (3 points per numeric parameter)
 */
public record MethodRun(
    String dataset,
    Method method,
    long seed,
    double budgetKgCO2e,
    double spentKWh,
    double spentKgCO2e,
    double wallSeconds,
    int trials,
    String stopReason,
    String energyMethod,
    List<TopTrial> topTrials,
    double bestTestAccuracy,
    double bestTrainingKWh,
    double kneeTestAccuracy,
    Map<String, Double> familyMeanTrialKWh,
    Map<String, Integer> gridSizeByFamily) {

  /** Checks and copies the parts. */
  public MethodRun {
    requireNonNull(dataset, "dataset");
    requireNonNull(method, "method");
    requireNonNull(stopReason, "stopReason");
    requireNonNull(energyMethod, "energyMethod");
    topTrials = List.copyOf(topTrials);
    familyMeanTrialKWh = Map.copyOf(familyMeanTrialKWh);
    gridSizeByFamily = Map.copyOf(gridSizeByFamily);
    if (!(spentKWh >= 0) || !(wallSeconds >= 0) || trials < 0) {
      throw new IllegalArgumentException(
          "spent energy, wall time and trials must be non-negative, found " + spentKWh + ", "
              + wallSeconds + ", " + trials);
    }
  }

  /**
   * Energy spent until the search first held a full-fidelity model with test accuracy at least
   * {@code target}, in kWh; NaN if it never did.
   */
  public double kWhToReach(double target) {
    return topTrials.stream()
        .filter(t -> t.testAccuracy() >= target - 1e-12)
        .mapToDouble(TopTrial::cumulativeKWh)
        .findFirst()
        .orElse(Double.NaN);
  }
}
