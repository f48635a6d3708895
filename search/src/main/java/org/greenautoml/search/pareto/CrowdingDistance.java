package org.greenautoml.search.pareto;

import java.util.List;

/**
 * The crowding distance of each member of a front (Deb et al., "NSGA-II", IEEE TEC 6(2), 2002,
 * section III-B): for each objective, the gap between a point's two neighbours along that
 * objective divided by the objective's range over the front, summed over objectives. Larger means
 * lonelier, so more worth keeping. Stateless and thread-safe.
 *
 * <p>The two extremes of every objective get {@link Double#POSITIVE_INFINITY}; with tied values
 * the extreme is the tied point with the lowest index. An objective with zero range adds nothing.
 * A front of one or two points is all infinite.
 *
 * @implNote O(m n log n) for n points of m objectives.
 */
public final class CrowdingDistance {

  private CrowdingDistance() {}

  /**
   * The crowding distance of each point of {@code front}, in its order.
   *
   * @param front points in minimisation form, all of one size, no NaN
   */
  public static double[] of(List<double[]> front) {
    PointSet set = PointSet.of(front, "front");
    int n = set.n;
    double[] distance = new double[n];
    for (int k = 0; k < set.m; k++) {
      double[] values = set.column(k);
      int[] order = IndexSort.byKey(values);
      double min = values[order[0]];
      double max = values[order[n - 1]];
      distance[order[0]] = Double.POSITIVE_INFINITY;
      distance[order[n - 1]] = Double.POSITIVE_INFINITY;
      double range = max - min;
      if (!(range > 0) || Double.isInfinite(range)) {
        continue;
      }
      for (int i = 1; i < n - 1; i++) {
        distance[order[i]] += (values[order[i + 1]] - values[order[i - 1]]) / range;
      }
    }
    return distance;
  }
}
