package org.greenautoml.search.pareto;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The epsilon-net order of a front, as MO-ASHA uses to break ties inside a front (Schmucker et
 * al., "Multi-objective asynchronous successive halving", 2021, after Clarkson, "Nearest-neighbor
 * searching and metric space dimensions", 2006): objectives are min-max normalised over the
 * front, a first point is drawn with the seed, and each next point is the one farthest (Euclidean)
 * from all points chosen so far. Any prefix of the order is then spread over the front. Ties in
 * distance go to the lowest index; equal points come after all distinct ones. Stateless and
 * thread-safe; deterministic for a seed.
 *
 * @implNote O(m n²) time and O(n) memory for n points of m objectives.
 */
public final class EpsilonNet {

  private EpsilonNet() {}

  /**
   * The indices of {@code front} in epsilon-net order.
   *
   * @param front points in minimisation form, all of one size, no NaN
   * @param seed chooses the first point
   * @return a permutation of {@code 0..front.size()-1}
   */
  public static int[] order(List<double[]> front, long seed) {
    PointSet set = PointSet.of(front, "front");
    int n = set.n;
    int[] order = new int[n];
    if (n == 0) {
      return order;
    }
    double[][] scaled = normalised(set);
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    boolean[] chosen = new boolean[n];
    int next = new SplittableRandom(seed).nextInt(n);
    for (int step = 0; step < n; step++) {
      order[step] = next;
      chosen[next] = true;
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (chosen[i]) {
          continue;
        }
        nearest[i] = Math.min(nearest[i], distanceSquared(scaled[i], scaled[next]));
        if (best < 0 || nearest[i] > nearest[best]) {
          best = i;
        }
      }
      next = best;
    }
    return order;
  }

  private static double[][] normalised(PointSet set) {
    double[][] out = new double[set.n][set.m];
    for (int k = 0; k < set.m; k++) {
      double[] column = set.column(k);
      Normalisation.Scale scale = Normalisation.Scale.fit(column, false, "front");
      for (int i = 0; i < set.n; i++) {
        out[i][k] = scale.apply(column[i]);
      }
    }
    return out;
  }

  private static double distanceSquared(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      double d = a[k] - b[k];
      sum += d * d;
    }
    return sum;
  }
}
