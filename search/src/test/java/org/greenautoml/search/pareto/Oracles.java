package org.greenautoml.search.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Brute-force reference answers for the property tests. */
final class Oracles {

  private Oracles() {}

  static boolean dominates(double[] a, double[] b) {
    boolean strictly = false;
    for (int k = 0; k < a.length; k++) {
      if (a[k] > b[k]) {
        return false;
      }
      if (a[k] < b[k]) {
        strictly = true;
      }
    }
    return strictly;
  }

  /** Ranks by peeling: front r is what no remaining point dominates. O(fronts m n²). */
  static int[] peelingRanks(List<double[]> points) {
    int n = points.size();
    int[] ranks = new int[n];
    java.util.Arrays.fill(ranks, -1);
    int assigned = 0;
    for (int r = 0; assigned < n; r++) {
      boolean[] inFront = new boolean[n];
      for (int i = 0; i < n; i++) {
        if (ranks[i] >= 0) {
          continue;
        }
        inFront[i] = true;
        for (int j = 0; j < n && inFront[i]; j++) {
          if (ranks[j] < 0 && dominates(points.get(j), points.get(i))) {
            inFront[i] = false;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (inFront[i]) {
          ranks[i] = r;
          assigned++;
        }
      }
    }
    return ranks;
  }

  /** Hypervolume by inclusion-exclusion over all subsets. O(2^n m); for n <= 14. */
  static double inclusionExclusion(List<double[]> points, double[] ref) {
    List<double[]> in = inside(points, ref);
    int n = in.size();
    double total = 0;
    for (int mask = 1; mask < (1 << n); mask++) {
      double[] corner = new double[ref.length];
      Arrays.fill(corner, Double.NEGATIVE_INFINITY);
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          for (int k = 0; k < ref.length; k++) {
            corner[k] = Math.max(corner[k], in.get(i)[k]);
          }
        }
      }
      double box = 1;
      for (int k = 0; k < ref.length; k++) {
        box *= ref[k] - corner[k];
      }
      total += Integer.bitCount(mask) % 2 == 1 ? box : -box;
    }
    return total;
  }

  /**
   * Hypervolume as an exact union of grid cells: the grid is cut at every coordinate value, and a
   * cell counts when a point weakly dominates its lower corner. O(c^m f) for c distinct values per
   * coordinate and f non-dominated points; for integer-grid sets and small sets.
   */
  static double gridUnion(List<double[]> points, double[] ref) {
    List<double[]> front = nonDominated(inside(points, ref));
    if (front.isEmpty()) {
      return 0;
    }
    int m = ref.length;
    double[][] cuts = new double[m][];
    for (int k = 0; k < m; k++) {
      final int c = k;
      double[] values = front.stream().mapToDouble(p -> p[c]).distinct().sorted().toArray();
      cuts[k] = Arrays.copyOf(values, values.length + 1);
      cuts[k][values.length] = ref[k];
    }
    int[] cell = new int[m];
    double total = 0;
    while (true) {
      double[] corner = new double[m];
      double volume = 1;
      for (int k = 0; k < m; k++) {
        corner[k] = cuts[k][cell[k]];
        volume *= cuts[k][cell[k] + 1] - corner[k];
      }
      for (double[] p : front) {
        if (weaklyDominates(p, corner)) {
          total += volume;
          break;
        }
      }
      int k = 0;
      while (k < m && ++cell[k] == cuts[k].length - 1) {
        cell[k++] = 0;
      }
      if (k == m || front.isEmpty()) {
        return total;
      }
    }
  }

  /**
   * Hypervolume by slicing (HSO, Zitzler 2001 / While et al. 2006): slabs along the last
   * coordinate, recursing on the points below each slab, with a plain sorted sweep in 2D.
   */
  static double slicing(List<double[]> points, double[] ref) {
    return slice(nonDominated(inside(points, ref)), ref, ref.length);
  }

  private static double slice(List<double[]> points, double[] ref, int d) {
    if (points.isEmpty()) {
      return 0;
    }
    if (d == 1) {
      return ref[0] - points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
    }
    if (d == 2) {
      List<double[]> sorted = new ArrayList<>(points);
      sorted.sort(Comparator.comparingDouble(p -> p[1]));
      double area = 0;
      double bestX = ref[0];
      for (int i = 0; i < sorted.size(); i++) {
        bestX = Math.min(bestX, sorted.get(i)[0]);
        double nextY = i + 1 < sorted.size() ? sorted.get(i + 1)[1] : ref[1];
        area += (ref[0] - bestX) * (nextY - sorted.get(i)[1]);
      }
      return area;
    }
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(p -> p[d - 1]));
    double total = 0;
    List<double[]> below = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      below.add(sorted.get(i));
      double nextZ = i + 1 < sorted.size() ? sorted.get(i + 1)[d - 1] : ref[d - 1];
      if (nextZ > sorted.get(i)[d - 1]) {
        total += (nextZ - sorted.get(i)[d - 1]) * slice(nonDominatedIn(below, d - 1), ref, d - 1);
      }
    }
    return total;
  }

  static List<double[]> inside(List<double[]> points, double[] ref) {
    List<double[]> in = new ArrayList<>();
    for (double[] p : points) {
      boolean ok = true;
      for (int k = 0; k < ref.length; k++) {
        ok &= p[k] < ref[k];
      }
      if (ok) {
        in.add(p);
      }
    }
    return in;
  }

  static List<double[]> nonDominated(List<double[]> points) {
    return nonDominatedIn(points, points.isEmpty() ? 0 : points.get(0).length);
  }

  /** The points no other weakly dominates in the first d coordinates, one copy of equal ones. */
  private static List<double[]> nonDominatedIn(List<double[]> points, int d) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      boolean keep = true;
      for (int j = 0; j < points.size() && keep; j++) {
        double[] a = points.get(j);
        double[] b = points.get(i);
        boolean weak = true;
        boolean equal = true;
        for (int k = 0; k < d; k++) {
          weak &= a[k] <= b[k];
          equal &= a[k] == b[k];
        }
        keep = !(weak && (!equal || j < i));
      }
      if (keep) {
        out.add(points.get(i));
      }
    }
    return out;
  }

  private static boolean weaklyDominates(double[] a, double[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] > b[k]) {
        return false;
      }
    }
    return true;
  }
}
