package org.greenautoml.search.pareto;

/**
 * Exact hypervolume in any dimension by the WFG algorithm (While, Bradstreet, Barone, "A fast way
 * of calculating exact hypervolumes", IEEE TEC 16(1), 2012). Points are sorted by their last
 * coordinate; the volume is the sum over points of the slab from the point to the reference in
 * that coordinate times the point's exclusive hypervolume, in one dimension less, over the points
 * before it. An exclusive hypervolume is the point's box minus the hypervolume of the limit set
 * (the earlier points clipped to the box), reduced to its non-dominated points. Three or fewer
 * dimensions end the recursion with the O(n log n) sweeps of {@link HypervolumeSweeps}.
 *
 * @implNote Exponential in the dimension in the worst case; fast for the fronts of a few hundred
 *     points in four or five objectives that a search produces.
 */
final class Wfg {

  private Wfg() {}

  /**
   * The volume dominated by {@code points[0..count)} (first {@code d} coordinates) up to {@code
   * ref}. Reorders {@code points[0..count)}.
   */
  static double hv(double[][] points, int count, double[] ref, int d) {
    if (count == 0) {
      return 0;
    }
    if (count == 1) {
      return box(points[0], ref, d);
    }
    if (d == 1) {
      double best = ref[0];
      for (int i = 0; i < count; i++) {
        best = Math.min(best, points[i][0]);
      }
      return ref[0] - best;
    }
    if (d == 2) {
      double[] x = new double[count];
      double[] y = new double[count];
      for (int i = 0; i < count; i++) {
        x[i] = points[i][0];
        y[i] = points[i][1];
      }
      return HypervolumeSweeps.twoD(x, y, count, ref[0], ref[1]);
    }
    if (d == 3) {
      return HypervolumeSweeps.threeD(points, count, ref);
    }
    sortByCoordinate(points, count, d - 1);
    double total = 0;
    for (int j = 0; j < count; j++) {
      total += (ref[d - 1] - points[j][d - 1]) * exclusive(points, j, points[j], ref, d - 1);
    }
    return total;
  }

  /**
   * The volume (first {@code d} coordinates) that {@code p} dominates and none of {@code
   * others[0..count)} does.
   */
  static double exclusive(double[][] others, int count, double[] p, double[] ref, int d) {
    double[][] limit = new double[count][];
    for (int i = 0; i < count; i++) {
      double[] q = others[i];
      double[] l = new double[d];
      boolean covers = true;
      for (int c = 0; c < d; c++) {
        l[c] = Math.max(q[c], p[c]);
        covers &= q[c] <= p[c];
      }
      if (covers) {
        return 0;
      }
      limit[i] = l;
    }
    int kept = d > 3 ? keepNonDominated(limit, count, d) : count;
    return box(p, ref, d) - hv(limit, kept, ref, d);
  }

  static double box(double[] p, double[] ref, int d) {
    double v = 1;
    for (int c = 0; c < d; c++) {
      v *= ref[c] - p[c];
    }
    return v;
  }

  /** Moves the points that no other weakly dominates (one copy of equal points) to the front. */
  private static int keepNonDominated(double[][] points, int count, int d) {
    sortByCoordinate(points, count, 0);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      double[] p = points[i];
      boolean covered = false;
      for (int k = 0; k < kept && !covered; k++) {
        covered = weaklyDominates(points[k], p, d);
      }
      if (!covered) {
        // p can dominate a kept point only when they tie in coordinate 0
        int w = 0;
        for (int k = 0; k < kept; k++) {
          if (!weaklyDominates(p, points[k], d)) {
            points[w++] = points[k];
          }
        }
        kept = w;
        points[kept++] = p;
      }
    }
    return kept;
  }

  private static boolean weaklyDominates(double[] a, double[] b, int d) {
    for (int c = 0; c < d; c++) {
      if (a[c] > b[c]) {
        return false;
      }
    }
    return true;
  }

  private static void sortByCoordinate(double[][] points, int count, int c) {
    double[] key = new double[count];
    for (int i = 0; i < count; i++) {
      key[i] = points[i][c];
    }
    int[] order = IndexSort.byKey(key);
    double[][] copy = new double[count][];
    for (int i = 0; i < count; i++) {
      copy[i] = points[order[i]];
    }
    System.arraycopy(copy, 0, points, 0, count);
  }
}
