package org.greenautoml.search.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-dominated sorting: the rank of each point is the index of its Pareto front (0 = not
 * dominated by any point, 1 = dominated only by points of front 0, ...). Points are in
 * minimisation form. Equal points never dominate each other, so they always share a front.
 * Stateless and thread-safe.
 *
 * @implNote The algorithm depends on the number of objectives {@code m} (n points):
 *     <ul>
 *       <li>{@code m = 1}: a sort, O(n log n).
 *       <li>{@code m = 2}: a sweep in lexicographic order with a binary search over the last
 *           point of each front (Jensen 2003, section III), O(n log n).
 *       <li>{@code m = 3}: divide and conquer on the lexicographic order, counting dominators with
 *           a Fenwick tree of maxima in each merge step (in the spirit of Jensen 2003 and Fortin,
 *           Grenier, Parizeau, "Generalizing the improved run-time complexity algorithm for
 *           non-dominated sorting", GECCO 2013), O(n log² n) time, O(n log n) memory.
 *       <li>{@code m >= 4}: the fast non-dominated sort of Deb, Pratap, Agarwal, Meyarivan,
 *           "NSGA-II", IEEE TEC 6(2), 2002, O(m n²) time, O(n²) memory in the worst case.
 *     </ul>
 */
public final class NonDominatedSorting {

  private NonDominatedSorting() {}

  /**
   * The front index of each point, 0 for the first front.
   *
   * @param points points in minimisation form, all of one size, no NaN (infinities are allowed)
   * @return one rank per point, in the order of {@code points}
   */
  public static int[] ranks(List<double[]> points) {
    PointSet set = PointSet.of(points, "points");
    if (set.n == 0) {
      return new int[0];
    }
    if (set.m >= 4) {
      return fastNonDominatedSort(set);
    }
    int[] order = set.lexicographicOrder();
    int[] group = new int[set.n]; // for each position in order, its distinct point's number
    int[] distinct = new int[set.n]; // the first original index of each distinct point
    int u = 0;
    for (int pos = 0; pos < set.n; pos++) {
      if (pos == 0 || set.compare(order[pos - 1], order[pos]) != 0) {
        distinct[u++] = order[pos];
      }
      group[pos] = u - 1;
    }
    int[] distinctRanks = switch (set.m) {
      case 1 -> chain(u);
      case 2 -> twoObjectives(set, distinct, u);
      default -> ThreeObjectiveSort.ranks(set, distinct, u);
    };
    int[] ranks = new int[set.n];
    for (int pos = 0; pos < set.n; pos++) {
      ranks[order[pos]] = distinctRanks[group[pos]];
    }
    return ranks;
  }

  /**
   * The fronts, best first; each front lists the indices of its points in ascending order.
   *
   * @param points points in minimisation form, all of one size, no NaN
   */
  public static List<int[]> fronts(List<double[]> points) {
    return frontsOf(ranks(points));
  }

  /**
   * Ranks by the fast non-dominated sort of Deb et al. (2002) for any number of objectives,
   * without the lower-dimensional shortcuts of {@link #ranks}. Public as a reference and as the
   * baseline of the benchmarks.
   *
   * @implNote O(m n²) time; O(n²) memory in the worst case (the sets of dominated points).
   */
  public static int[] ranksByDominanceCounting(List<double[]> points) {
    PointSet set = PointSet.of(points, "points");
    return set.n == 0 ? new int[0] : fastNonDominatedSort(set);
  }

  /** Groups point indices by rank, best rank first, indices ascending inside a front. */
  static List<int[]> frontsOf(int[] ranks) {
    int frontCount = 0;
    for (int r : ranks) {
      frontCount = Math.max(frontCount, r + 1);
    }
    int[] sizes = new int[frontCount];
    for (int r : ranks) {
      sizes[r]++;
    }
    List<int[]> fronts = new ArrayList<>(frontCount);
    for (int f = 0; f < frontCount; f++) {
      fronts.add(new int[sizes[f]]);
    }
    int[] filled = new int[frontCount];
    for (int i = 0; i < ranks.length; i++) {
      fronts.get(ranks[i])[filled[ranks[i]]++] = i;
    }
    return fronts;
  }

  /** One objective, distinct values in ascending order: each is its own front. */
  private static int[] chain(int u) {
    int[] r = new int[u];
    Arrays.setAll(r, i -> i);
    return r;
  }

  /**
   * Two objectives over distinct points in lexicographic order. Every earlier point has a smaller
   * or equal first coordinate, so it dominates the current one iff its second coordinate is not
   * larger. Front {@code k} keeps its smallest second coordinate; these minima increase with
   * {@code k}, so the current point's front is found by binary search.
   */
  private static int[] twoObjectives(PointSet set, int[] distinct, int u) {
    int[] ranks = new int[u];
    double[] frontMinY = new double[u];
    int fronts = 0;
    for (int i = 0; i < u; i++) {
      double y = set.get(distinct[i], 1);
      int lo = 0;
      int hi = fronts; // first front whose minimum is > y
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (frontMinY[mid] <= y) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      frontMinY[lo] = y;
      if (lo == fronts) {
        fronts++;
      }
      ranks[i] = lo;
    }
    return ranks;
  }

  private static int[] fastNonDominatedSort(PointSet set) {
    int n = set.n;
    int[][] dominated = new int[n][];
    int[] dominatedCount = new int[n];
    int[] dominatorCount = new int[n];
    for (int p = 0; p < n; p++) {
      for (int q = p + 1; q < n; q++) {
        if (set.dominates(p, q)) {
          dominated[p] = append(dominated[p], dominatedCount[p]++, q);
          dominatorCount[q]++;
        } else if (set.dominates(q, p)) {
          dominated[q] = append(dominated[q], dominatedCount[q]++, p);
          dominatorCount[p]++;
        }
      }
    }
    int[] ranks = new int[n];
    int[] current = new int[n];
    int currentSize = 0;
    for (int p = 0; p < n; p++) {
      if (dominatorCount[p] == 0) {
        current[currentSize++] = p;
      }
    }
    int[] next = new int[n];
    for (int rank = 0; currentSize > 0; rank++) {
      int nextSize = 0;
      for (int i = 0; i < currentSize; i++) {
        int p = current[i];
        ranks[p] = rank;
        for (int j = 0; j < dominatedCount[p]; j++) {
          int q = dominated[p][j];
          if (--dominatorCount[q] == 0) {
            next[nextSize++] = q;
          }
        }
      }
      int[] t = current;
      current = next;
      next = t;
      currentSize = nextSize;
    }
    return ranks;
  }

  private static int[] append(int[] list, int size, int value) {
    int[] out = list;
    if (out == null) {
      out = new int[4];
    } else if (size == out.length) {
      out = Arrays.copyOf(out, size * 2);
    }
    out[size] = value;
    return out;
  }
}
