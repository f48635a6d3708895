package org.greenautoml.search.pareto;

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
}
