package org.greenautoml.bench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The baselines of {@link HypervolumeBenchmark}: the textbook ways before the sweeps. In 2D, an
 * O(n²) pairwise filter of the dominated points, then a sweep of the rest. In 3D, slicing (HSO,
 * While, Hingston, Barone, Huband 2006) along the third coordinate, recomputing the 2D area of
 * each slab from scratch: O(n² log n).
 */
final class BruteForceHypervolume {

  private BruteForceHypervolume() {}

  static double twoD(List<double[]> points, double[] ref) {
    List<double[]> front = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      boolean dominated = false;
      for (int j = 0; j < points.size() && !dominated; j++) {
        double[] q = points.get(j);
        dominated = q[0] <= p[0] && q[1] <= p[1] && (q[0] < p[0] || q[1] < p[1] || j < i);
      }
      if (!dominated && p[0] < ref[0] && p[1] < ref[1]) {
        front.add(p);
      }
    }
    return area(front, ref);
  }

  static double threeD(List<double[]> points, double[] ref) {
    double[][] sorted = points.toArray(new double[0][]);
    Arrays.sort(sorted, Comparator.comparingDouble(p -> p[2]));
    double volume = 0;
    List<double[]> below = new ArrayList<>();
    for (int i = 0; i < sorted.length; i++) {
      double[] p = sorted[i];
      if (p[0] >= ref[0] || p[1] >= ref[1] || p[2] >= ref[2]) {
        continue;
      }
      below.add(p);
      double nextZ = i + 1 < sorted.length ? Math.min(sorted[i + 1][2], ref[2]) : ref[2];
      volume += area(below, ref) * (nextZ - p[2]);
    }
    return volume;
  }

  private static double area(List<double[]> points, double[] ref) {
    double[][] sorted = points.toArray(new double[0][]);
    Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    double area = 0;
    double lastY = ref[1];
    for (double[] p : sorted) {
      if (p[1] < lastY) {
        area += (ref[0] - p[0]) * (lastY - p[1]);
        lastY = p[1];
      }
    }
    return area;
  }
}
