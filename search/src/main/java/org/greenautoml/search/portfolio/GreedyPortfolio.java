package org.greenautoml.search.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenautoml.search.space.Configuration;

/**
 * Greedy portfolio selection (Feurer et al. 2022, "Auto-Sklearn 2.0", Algorithm 1): start empty
 * and repeatedly add the candidate that most raises the mean over datasets of the best normalised
 * accuracy the portfolio holds, until the portfolio has its size or no candidate raises it.
 *
 * <p>Held-out datasets are ignored entirely: their columns enter neither the normalisation nor the
 * gain, so a portfolio used on dataset D, selected with D held out, is the same whatever D's
 * column holds. Ties go to the candidate with the lower mean training CPU (FLAML's preference for
 * low-cost starting points), then to the earlier one. Deterministic; stateless.
 *
 * @implNote {@code O(size * candidates * datasets)} after an {@code O(candidates * datasets)}
 *     normalisation.
 */
public final class GreedyPortfolio {

  private GreedyPortfolio() {}

  /**
   * The greedy portfolio of at most {@code size} candidates learned from every dataset of {@code
   * matrix} except {@code heldOut}.
   *
   * @throws IllegalArgumentException if {@code size} is below 1 or no dataset is left
   */
  public static Portfolio select(PerformanceMatrix matrix, int size, Set<String> heldOut) {
    requireNonNull(matrix, "matrix");
    requireNonNull(heldOut, "heldOut");
    if (size < 1) {
      throw new IllegalArgumentException("portfolio size must be at least 1, found " + size);
    }
    List<Integer> columns = new ArrayList<>();
    List<String> learnedFrom = new ArrayList<>();
    for (int d = 0; d < matrix.datasets().size(); d++) {
      if (!heldOut.contains(matrix.datasets().get(d))) {
        columns.add(d);
        learnedFrom.add(matrix.datasets().get(d));
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("at least one dataset must be left after holding out "
          + heldOut + ", found only " + matrix.datasets());
    }
    double[][] scores = normalised(matrix, columns);
    double[] costs = meanCosts(matrix, columns);
    double[] best = new double[columns.size()];
    boolean[] taken = new boolean[scores.length];
    List<Configuration> chosen = new ArrayList<>();
    while (chosen.size() < size) {
      int next = bestAddition(scores, costs, best, taken);
      if (next < 0) {
        break;
      }
      taken[next] = true;
      chosen.add(matrix.candidates().get(next));
      for (int j = 0; j < best.length; j++) {
        best[j] = Math.max(best[j], scores[next][j]);
      }
    }
    return new Portfolio(chosen, learnedFrom);
  }

  /** The candidate whose addition raises the summed best scores most, or -1 if none raises it. */
  private static int bestAddition(
      double[][] scores, double[] costs, double[] best, boolean[] taken) {
    int chosen = -1;
    double chosenGain = 0;
    double chosenCost = Double.POSITIVE_INFINITY;
    for (int c = 0; c < scores.length; c++) {
      if (taken[c]) {
        continue;
      }
      double gain = 0;
      for (int j = 0; j < best.length; j++) {
        gain += Math.max(0, scores[c][j] - best[j]);
      }
      double cost = costs[c];
      if (gain > chosenGain + 1e-12 || (gain > 0 && Math.abs(gain - chosenGain) <= 1e-12
          && cost < chosenCost)) {
        chosen = c;
        chosenGain = gain;
        chosenCost = cost;
      }
    }
    return chosen;
  }

  /** Mean training CPU seconds per candidate over the kept columns where it ran (0 if none). */
  private static double[] meanCosts(PerformanceMatrix matrix, List<Integer> columns) {
    double[] costs = new double[matrix.candidates().size()];
    for (int c = 0; c < costs.length; c++) {
      double sum = 0;
      int n = 0;
      for (int d : columns) {
        double s = matrix.cpuSeconds(c, d);
        if (!Double.isNaN(s)) {
          sum += s;
          n++;
        }
      }
      costs[c] = n == 0 ? 0 : sum / n;
    }
    return costs;
  }

  /** Normalised accuracy per candidate over the kept columns only. */
  private static double[][] normalised(PerformanceMatrix matrix, List<Integer> columns) {
    int candidates = matrix.candidates().size();
    double[][] scores = new double[candidates][columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      for (int c = 0; c < candidates; c++) {
        scores[c][j] = matrix.normalised(c, columns.get(j));
      }
    }
    return scores;
  }
}
