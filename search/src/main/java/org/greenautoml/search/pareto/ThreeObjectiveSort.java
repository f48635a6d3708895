package org.greenautoml.search.pareto;

/**
 * Non-dominated sorting of distinct points with three objectives, by divide and conquer over the
 * lexicographic order (after Jensen 2003 and Fortin et al. 2013).
 *
 * <p>In lexicographic order every dominator of a point comes before it, and an earlier distinct
 * point dominates a later one iff it is not larger in the second and third coordinates. The rank
 * of a point is one more than the largest rank of its dominators. {@code solve(lo, hi)} finishes
 * the left half, then lifts the ranks of the right half by the left half's points (a sweep on the
 * second coordinate with a Fenwick tree of maxima over the third), then solves the right half.
 * The orders by the second coordinate of every segment are built once, as a merge-sort tree.
 * Segments of a few dozen points are solved by direct comparison.
 *
 * @implNote O(n log² n) time, O(n log n) memory.
 */
final class ThreeObjectiveSort {

  /** Segments up to this size are solved by direct comparison, which is faster there. */
  private static final int SMALL = 48;

  private final double[] y;
  private final double[] z;
  private final int[] zRank;
  private final int[][] byY; // byY[d][lo..hi) = segment at depth d sorted by y
  private final int[] rank;
  private final int[] fenwick; // prefix maxima of rank + 1 over zRank; 0 = empty

  private ThreeObjectiveSort(double[] y, double[] z, int depth) {
    int u = y.length;
    this.y = y;
    this.z = z;
    this.zRank = denseRanks(z);
    this.byY = new int[depth][u];
    this.rank = new int[u];
    this.fenwick = new int[u + 1];
  }

  /**
   * Ranks of the distinct points {@code distinct[0..u)}, which are in lexicographic order.
   *
   * @return the rank of each, in the same order
   */
  static int[] ranks(PointSet set, int[] distinct, int u) {
    double[] y = new double[u];
    double[] z = new double[u];
    for (int i = 0; i < u; i++) {
      y[i] = set.get(distinct[i], 1);
      z[i] = set.get(distinct[i], 2);
    }
    int depth = 2;
    for (int s = 1; s < u; s *= 2) {
      depth++;
    }
    ThreeObjectiveSort sort = new ThreeObjectiveSort(y, z, depth);
    sort.build(0, u, 0);
    sort.solve(0, u, 0);
    return sort.rank;
  }

  /** Equal values get equal ranks 0, 1, 2, ... in ascending order. */
  private static int[] denseRanks(double[] values) {
    int[] order = IndexSort.byKey(values);
    int[] ranks = new int[values.length];
    int r = 0;
    for (int i = 0; i < order.length; i++) {
      if (i > 0 && values[order[i]] != values[order[i - 1]]) {
        r++;
      }
      ranks[order[i]] = r;
    }
    return ranks;
  }

  private void build(int lo, int hi, int d) {
    if (hi - lo <= SMALL) {
      for (int i = lo; i < hi; i++) {
        byY[d][i] = i;
      }
      IndexSort.sortRange(byY[d], lo, hi, (a, b) -> Double.compare(y[a], y[b]));
      return;
    }
    int mid = (lo + hi) >>> 1;
    build(lo, mid, d + 1);
    build(mid, hi, d + 1);
    int[] src = byY[d + 1];
    int[] dst = byY[d];
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      dst[k++] = y[src[j]] < y[src[i]] ? src[j++] : src[i++];
    }
    while (i < mid) {
      dst[k++] = src[i++];
    }
    while (j < hi) {
      dst[k++] = src[j++];
    }
  }

  private void solve(int lo, int hi, int d) {
    if (hi - lo <= SMALL) {
      solveDirectly(lo, hi);
      return;
    }
    int mid = (lo + hi) >>> 1;
    solve(lo, mid, d + 1);
    liftRightByLeft(lo, mid, hi, byY[d + 1]);
    solve(mid, hi, d + 1);
  }

  /** Within a small segment every earlier point is compared with every later one. */
  private void solveDirectly(int lo, int hi) {
    for (int p = lo + 1; p < hi; p++) {
      int r = rank[p];
      for (int q = lo; q < p; q++) {
        if (y[q] <= y[p] && z[q] <= z[p] && rank[q] >= r) {
          r = rank[q] + 1;
        }
      }
      rank[p] = r;
    }
  }

  /** Raises the rank of each right point above every left point that dominates it. */
  private void liftRightByLeft(int lo, int mid, int hi, int[] sorted) {
    int i = lo;
    for (int j = mid; j < hi; j++) {
      int p = sorted[j];
      while (i < mid && y[sorted[i]] <= y[p]) {
        int q = sorted[i++];
        update(zRank[q] + 1, rank[q] + 1);
      }
      rank[p] = Math.max(rank[p], query(zRank[p] + 1));
    }
    for (int k = lo; k < i; k++) {
      clear(zRank[sorted[k]] + 1);
    }
  }

  private void update(int pos, int value) {
    for (; pos < fenwick.length; pos += pos & -pos) {
      if (fenwick[pos] < value) {
        fenwick[pos] = value;
      }
    }
  }

  private int query(int pos) {
    int best = 0;
    for (; pos > 0; pos -= pos & -pos) {
      best = Math.max(best, fenwick[pos]);
    }
    return best;
  }

  private void clear(int pos) {
    for (; pos < fenwick.length && fenwick[pos] != 0; pos += pos & -pos) {
      fenwick[pos] = 0;
    }
  }
}
