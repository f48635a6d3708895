package org.greenautoml.bench.suite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.search.pareto.Hypervolume;

/**
 * The figures that compare the methods run on one dataset: the grid target, the shared
 * hypervolume reference and the estimated energy of a full grid search.
 *
 * <p>Hypervolume is computed on (test error, log10 training kWh) of every full-fidelity trial,
 * each axis normalised to [0, 1] by its minimum and maximum over all methods and seeds of the
 * dataset, against the reference point (1.1, 1.1). Training energies below {@value #FLOOR_KWH}
 * kWh (under the meter's resolution) count as that floor, so that the log stays finite.
 *
 * <p>The grid estimate multiplies each applicable family's grid size by its mean full-fidelity
 * trial energy, pooled over every method's trials on the same split; a family that no method ran
 * at full fidelity is charged the mean over the families that were. It is an estimate: trial
 * energy varies with the configuration, and the pooled trials are not a uniform sample of the grid.
 */
final class Comparison {

  /** The smallest training energy on the log axis, in kWh (3.6 mJ). */
  static final double FLOOR_KWH = 1e-9;

  /** Grid search's best test accuracy less this many points is the target. */
  static final double TARGET_LOSS = 0.005;

  private Comparison() {}

  /** The figures of every run of one dataset (all methods and seeds). */
  static List<RunFigures> of(List<MethodRun> runs) {
    double[] bounds = bounds(runs);
    List<RunFigures> figures = new ArrayList<>();
    for (MethodRun run : runs) {
      List<MethodRun> sameSplit =
          runs.stream().filter(r -> r.seed() == run.seed()).toList();
      double target =
          sameSplit.stream()
                  .filter(r -> r.method() == Method.GRID)
                  .mapToDouble(MethodRun::bestTestAccuracy)
                  .filter(a -> !Double.isNaN(a))
                  .findFirst()
                  .orElse(Double.NaN)
              - TARGET_LOSS;
      figures.add(
          new RunFigures(
              run,
              target,
              Double.isNaN(target) ? Double.NaN : run.kWhToReach(target),
              hypervolume(run, bounds),
              gridEstimateKWh(sameSplit)));
    }
    return figures;
  }

  private static double[] bounds(List<MethodRun> runs) {
    double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (MethodRun run : runs) {
      for (TopTrial t : run.topTrials()) {
        b[0] = Math.min(b[0], t.testError());
        b[1] = Math.max(b[1], t.testError());
        b[2] = Math.min(b[2], logKWh(t));
        b[3] = Math.max(b[3], logKWh(t));
      }
    }
    return b;
  }

  static double hypervolume(MethodRun run, double[] bounds) {
    List<double[]> points = new ArrayList<>();
    for (TopTrial t : run.topTrials()) {
      points.add(new double[] {
        scale(t.testError(), bounds[0], bounds[1]), scale(logKWh(t), bounds[2], bounds[3])
      });
    }
    return points.isEmpty() ? 0.0 : Hypervolume.of(points, new double[] {1.1, 1.1});
  }

  private static double scale(double value, double min, double max) {
    return max > min ? (value - min) / (max - min) : 0.0;
  }

  private static double logKWh(TopTrial t) {
    return Math.log10(Math.max(t.trainingKWh(), FLOOR_KWH));
  }

  static double gridEstimateKWh(List<MethodRun> sameSplit) {
    Map<String, double[]> pooled = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (MethodRun run : sameSplit) {
      sizes.putAll(run.gridSizeByFamily());
      run.familyMeanTrialKWh().forEach((family, mean) -> {
        double[] s = pooled.computeIfAbsent(family, f -> new double[2]);
        s[0] += mean;
        s[1]++;
      });
    }
    if (pooled.isEmpty()) {
      return Double.NaN;
    }
    double overall =
        pooled.values().stream().mapToDouble(s -> s[0] / s[1]).average().orElseThrow();
    double total = 0;
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      double[] s = pooled.get(e.getKey());
      total += e.getValue() * (s == null ? overall : s[0] / s[1]);
    }
    return total;
  }
}
