package org.greenautoml.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three goals of issue 10, measured on one run and quoted as ratios.
 *
 * <ol>
 *   <li>Default multi-objective ASHA spends at most 1/10 of grid search's energy (a full grid,
 *       estimated) with at most 0.5 pp lower median test accuracy.
 *   <li>Its (test error, kWh) hypervolume is at least random search's at equal budget.
 *   <li>Its search energy is at most 5x the training energy of its chosen model at full fidelity.
 * </ol>
 */
final class Goals {

  private Goals() {}

  /** The goals as Markdown lines; figures a run lacks (a method not run) are said to be missing. */
  static List<String> lines(SuiteResult result) {
    List<String> lines = new ArrayList<>();
    List<String> datasets = result.settings().datasets();
    double moKWh = 0;
    double gridFullKWh = 0;
    double gridSpentKWh = 0;
    List<Double> accuracyGaps = new ArrayList<>();
    List<Double> hvRatios = new ArrayList<>();
    List<Double> energyMultiples = new ArrayList<>();
    int compared = 0;
    for (String d : datasets) {
      List<RunFigures> mo = result.of(d, Method.MO_ASHA);
      List<RunFigures> grid = result.of(d, Method.GRID);
      List<RunFigures> random = result.of(d, Method.RANDOM);
      if (mo.isEmpty()) {
        continue;
      }
      moKWh += Spread.of(mo, f -> f.run().spentKWh()).median();
      gridFullKWh += Spread.of(mo, RunFigures::gridFullKWh).median();
      compared++;
      if (!grid.isEmpty()) {
        gridSpentKWh += Spread.of(grid, f -> f.run().spentKWh()).median();
        double gap = 100 * (Spread.of(mo, f -> f.run().bestTestAccuracy()).median()
            - Spread.of(grid, f -> f.run().bestTestAccuracy()).median());
        if (!Double.isNaN(gap)) {
          accuracyGaps.add(gap);
        }
      }
      double randomHv = random.isEmpty() ? 0 : Spread.of(random, RunFigures::hypervolume).median();
      if (randomHv > 0) {
        hvRatios.add(Spread.of(mo, RunFigures::hypervolume).median() / randomHv);
      }
      mo.stream()
          .mapToDouble(f -> f.run().spentKWh() / f.run().bestTrainingKWh())
          .filter(m -> !Double.isNaN(m))
          .forEach(energyMultiples::add);
    }
    double[] gaps = accuracyGaps.stream().mapToDouble(Double::doubleValue).toArray();
    double[] hv = hvRatios.stream().mapToDouble(Double::doubleValue).toArray();
    double[] multiples = energyMultiples.stream().mapToDouble(Double::doubleValue).toArray();
    lines.add(String.format(Locale.ROOT,
        "1. Energy: MO-ASHA spent %.3g kWh in all against an estimated %.3g kWh for the full grid"
            + " (ratio %.4f; goal <= 0.1) and %.3g kWh for grid search cut off at the same budget"
            + " (ratio %.2f). Test accuracy, MO-ASHA median minus budget-limited grid median,"
            + " per dataset, median over datasets: %+.2f pp (min %+.2f, max %+.2f; goal >= -0.5)."
            + " Datasets where the gap is >= -0.5 pp: %d of the %d where both found a"
            + " full-fidelity model (of %d).",
        moKWh, gridFullKWh, moKWh / gridFullKWh, gridSpentKWh, moKWh / gridSpentKWh,
        Spread.median(gaps), min(gaps), max(gaps),
        (int) accuracyGaps.stream().filter(g -> g >= -0.5).count(), gaps.length, compared));
    lines.add(String.format(Locale.ROOT,
        "2. Hypervolume: MO-ASHA / random search, per dataset (medians over seeds), median over"
            + " datasets %.3f (min %.3f, max %.3f; goal >= 1); >= 1 on %d of the %d datasets where"
            + " random search has a positive hypervolume (0 when MO-ASHA reached no full-fidelity"
            + " model).",
        Spread.median(hv), min(hv), max(hv),
        (int) hvRatios.stream().filter(r -> r >= 1).count(), hv.length));
    lines.add(String.format(Locale.ROOT,
        "3. Search energy / training energy of the chosen (most accurate) model at full fidelity:"
            + " median %.1fx over the %d MO-ASHA runs that chose one (min %.1fx, max %.1fx;"
            + " goal <= 5x).",
        Spread.median(multiples), multiples.length, min(multiples), max(multiples)));
    return lines;
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN);
  }
}
