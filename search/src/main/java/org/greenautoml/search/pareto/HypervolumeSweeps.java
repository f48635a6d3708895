package org.greenautoml.search.pareto;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact hypervolume in two and three dimensions by sweeps. Points are in minimisation form and
 * strictly better than the reference point in every coordinate; dominated and equal points are
 * allowed.
 */
final class HypervolumeSweeps {

  private HypervolumeSweeps() {}

  /**
   * The area dominated by the points {@code (x[i], y[i])}, {@code i < n}, up to {@code (rx, ry)}.
   * Sorts {@code x} and {@code y} in place.
   *
   * @implNote O(n log n): a lexicographic sort, then one pass over the staircase.
   */
  static double twoD(double[] x, double[] y, int n, double rx, double ry) {
    PairSort.sort(x, y, n);
    double area = 0;
    double lastY = ry;
    int i = 0;
    while (i < n) {
      // the next staircase point: the first (lowest-y) point with a smaller y than lastY
      while (i < n && y[i] >= lastY) {
        i++;
      }
      if (i == n) {
        break;
      }
      double sx = x[i];
      double sy = y[i];
      area += (rx - sx) * (lastY - sy);
      lastY = sy;
      i++;
    }
    return area;
  }

  /**
   * The volume dominated by {@code points[0..count)} (coordinates 0, 1, 2) up to {@code ref}.
   *
   * @implNote O(n log n), after Beume, Fonseca, López-Ibáñez, Paquete, Vahrenhold, "On the
   *     complexity of computing the hypervolume indicator", IEEE TEC 13(5), 2009: a sweep along
   *     the third coordinate keeps the two-dimensional staircase of the points seen so far in a
   *     balanced search tree, and its area is updated with each insertion in amortised O(log n).
   */
  static double threeD(double[][] points, int count, double[] ref) {
    double[] z = new double[count];
    for (int i = 0; i < count; i++) {
      z[i] = points[i][2];
    }
    int[] order = IndexSort.byKey(z);
    TreeMap<Double, Double> staircase = new TreeMap<>();
    double area = 0;
    double volume = 0;
    for (int t = 0; t < count; t++) {
      double[] p = points[order[t]];
      area += insert(staircase, p[0], p[1], ref[0], ref[1]);
      double nextZ = t + 1 < count ? z[order[t + 1]] : ref[2];
      volume += area * (nextZ - p[2]);
    }
    return volume;
  }

  /**
   * Adds {@code (x, y)} to a staircase (x ascending, y descending, no point dominating another)
   * and returns the area it adds up to {@code (rx, ry)}; removes the points it dominates.
   */
  private static double insert(TreeMap<Double, Double> staircase, double x, double y, double rx,
      double ry) {
    Map.Entry<Double, Double> left = staircase.floorEntry(x);
    if (left != null && left.getValue() <= y) {
      return 0; // weakly dominated: adds nothing
    }
    double top = left != null ? left.getValue() : ry; // the staircase's height at x
    double cursor = x;
    double added = 0;
    Iterator<Map.Entry<Double, Double>> right = staircase.tailMap(x, true).entrySet().iterator();
    boolean bounded = false;
    while (right.hasNext()) {
      Map.Entry<Double, Double> q = right.next();
      added += (q.getKey() - cursor) * (top - y);
      if (q.getValue() < y) {
        bounded = true;
        break;
      }
      cursor = q.getKey();
      top = q.getValue();
      right.remove();
    }
    if (!bounded) {
      added += (rx - cursor) * (top - y);
    }
    staircase.put(x, y);
    return added;
  }
}
