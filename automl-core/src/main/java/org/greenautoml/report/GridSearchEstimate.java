package org.greenautoml.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.greenautoml.SchedulerKind;
import org.greenautoml.search.space.ParameterSpace;

/**
 * An estimate of what grid search over the same space would have spent on training, for the
 * report's "what the search saved" line.
 *
 * <p>Grid search trains every configuration of each family's grid ({@value
 * SchedulerKind#GRID_POINTS_PER_PARAMETER} values per numeric parameter, every value of a categorical
 * or boolean one, as the {@code grid} scheduler does) on all training rows. A family's cost per
 * configuration is the mean measured training kWh of its succeeded trials at full fidelity; when
 * the family never reached full fidelity, the mean at its highest fidelity divided by that
 * fidelity (training energy taken as linear in rows: an underestimate for learners that are
 * super-linear, such as kernel SVMs, so the estimate errs low); when it never succeeded, the mean
 * of the other families' costs. The sum over the grid is then scaled by this run's ratio of all
 * the energy it spent (trials' inference and scoring, and the engine's overhead) to the training
 * energy of its trials, so that the estimate compares like with like against the run's spent
 * kWh. The estimate is empty when no trial succeeded.
 *
 * @param kWh the estimated energy of grid search; empty when not estimated
 * @param configurations the configurations grid search would train, at least 0
 */
public record GridSearchEstimate(OptionalDouble kWh, long configurations) {

  /** Validates. */
  public GridSearchEstimate {
    java.util.Objects.requireNonNull(kWh, "kWh");
    kWh.ifPresent(k -> Checks.finiteNonNegative(k, "estimated grid search kWh"));
    Checks.atLeast(configurations, 0, "grid search configurations");
  }

  /** The configurations of {@code space}'s grid, counted without building it. */
  static long gridSize(ParameterSpace space) {
    return space.gridSize(SchedulerKind.GRID_POINTS_PER_PARAMETER);
  }

  /** The estimate for families with {@code configurations} each, from the run's trials. */
  static GridSearchEstimate of(
      Map<String, Long> configurations, List<TrialRow> trials, double spentKWh) {
    Map<String, Double> perConfiguration = new LinkedHashMap<>();
    for (String family : configurations.keySet()) {
      List<TrialRow> succeeded =
          trials.stream().filter(t -> t.succeeded() && t.family().equals(family)).toList();
      double top = succeeded.stream().mapToDouble(TrialRow::fidelity).max().orElse(Double.NaN);
      if (!Double.isNaN(top)) {
        double mean =
            succeeded.stream()
                .filter(t -> t.fidelity() == top)
                .mapToDouble(t -> t.figures().orElseThrow().trainingKWh())
                .average()
                .orElseThrow();
        perConfiguration.put(family, mean / top);
      }
    }
    long total = configurations.values().stream().mapToLong(Long::longValue).sum();
    if (perConfiguration.isEmpty()) {
      return new GridSearchEstimate(OptionalDouble.empty(), total);
    }
    double fallback =
        perConfiguration.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double kWh = 0;
    for (Map.Entry<String, Long> family : configurations.entrySet()) {
      kWh += family.getValue() * perConfiguration.getOrDefault(family.getKey(), fallback);
    }
    double trainingKWh = trials.stream().flatMap(t -> t.figures().stream())
        .mapToDouble(TrialRow.Figures::trainingKWh).sum();
    double scale = trainingKWh > 0 ? Math.max(1.0, spentKWh / trainingKWh) : 1.0;
    return new GridSearchEstimate(OptionalDouble.of(kWh * scale), total);
  }
}
