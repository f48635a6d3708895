package org.greenautoml.search.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-dominated fronts kept up to date as points arrive one at a time, for steady-state use
 * (Li, Deb, Zhang, Kwong, "Efficient non-domination level update approach for steady-state
 * evolutionary multiobjective optimization" (ENLU), 2014; cf. Zhang, Tian, Cheng, Jin, "An
 * efficient approach to nondominated sorting for evolutionary multiobjective optimization" (ENS),
 * IEEE TEC 19(2), 2015). After every {@link #add} the fronts equal {@link
 * NonDominatedSorting#fronts} of all points so far: best first, each front's point indices
 * ascending. Points can be marked (for example as promoted); each front counts its unmarked
 * members. Not thread-safe.
 *
 * <p>A new point goes to the first front where no member dominates it, found by binary search
 * (if a member of front {@code k + 1} dominated it, so would the member of front {@code k} that
 * dominates that one). The members of that front it dominates move one front down, where the
 * members they dominate move down again, and so on until nothing moves.
 *
 * @implNote O(m f log F) to find the front (F fronts of about f points), plus O(m f s) for every
 *     front the cascade reaches, s the number of points moving into it; O(m n) memory. The worst
 *     case (every arrival better than all before it, so every front moves down one) is O(m n)
 *     per arrival; {@code SchedulerOverheadBenchmark} measures a realistic rung.
 */
final class NonDominatedFronts {

  /** One front: member indices ascending, how many are unmarked, and a change counter. */
  static final class Front {
    private int[] members = new int[4];
    private int size;
    private int unmarked;
    private int version;

    int size() {
      return size;
    }

    int member(int i) {
      return members[i];
    }

    int unmarked() {
      return unmarked;
    }

    /** Changes whenever the membership changes, so that derived orders can be cached. */
    int version() {
      return version;
    }
  }

  private final int m;
  private double[] data = new double[64];
  private boolean[] marked = new boolean[16];
  private int n;
  private final List<Front> fronts = new ArrayList<>();

  /** An empty structure for points of {@code m} coordinates. */
  NonDominatedFronts(int m) {
    if (m < 1) {
      throw new IllegalArgumentException("number of objectives must be >= 1, found " + m);
    }
    this.m = m;
  }

  /**
   * Adds a point in minimisation form (copied) with the next index: {@link #size()} before the
   * call.
   *
   * @return the index of the front it joined
   */
  int add(double[] point) {
    store(point);
    int index = n++;
    int k = firstFrontNotDominating(index);
    int[] moving = {index};
    int movingCount = 1;
    for (int j = k; movingCount > 0; j++) {
      if (j == fronts.size()) {
        fronts.add(new Front());
      }
      Front front = fronts.get(j);
      int[] out = new int[front.size];
      int outCount = 0;
      int[] stay = new int[front.size + movingCount];
      int stayCount = 0;
      for (int i = 0; i < front.size; i++) {
        int q = front.members[i];
        if (dominatedByAny(q, moving, movingCount)) {
          out[outCount++] = q;
        } else {
          stay[stayCount++] = q;
        }
      }
      replaceMembers(front, merge(stay, stayCount, moving, movingCount));
      moving = out;
      movingCount = outCount;
    }
    return k;
  }

  /** The number of points added. */
  int size() {
    return n;
  }

  int frontCount() {
    return fronts.size();
  }

  Front front(int j) {
    return fronts.get(j);
  }

  /** A copy of point {@code i}. */
  double[] point(int i) {
    return Arrays.copyOfRange(data, i * m, i * m + m);
  }

  boolean isMarked(int i) {
    checkIndex(i);
    return marked[i];
  }

  /** Marks point {@code i}, which must be unmarked and in front {@code j}. */
  void mark(int i, int j) {
    checkIndex(i);
    if (marked[i]) {
      throw new IllegalArgumentException("point " + i + " must be unmarked, found marked");
    }
    marked[i] = true;
    fronts.get(j).unmarked--;
  }

  /** The fronts as {@link NonDominatedSorting#fronts} lists them. */
  List<int[]> fronts() {
    List<int[]> out = new ArrayList<>(fronts.size());
    for (Front front : fronts) {
      out.add(Arrays.copyOf(front.members, front.size));
    }
    return out;
  }

  private void store(double[] point) {
    if (point.length != m) {
      throw new IllegalArgumentException(
          "point must have " + m + " coordinates, found " + point.length);
    }
    if (data.length < (n + 1) * m) {
      data = Arrays.copyOf(data, Math.max(2 * data.length, (n + 1) * m));
    }
    if (marked.length == n) {
      marked = Arrays.copyOf(marked, 2 * n);
    }
    for (int k = 0; k < m; k++) {
      if (Double.isNaN(point[k])) {
        throw new IllegalArgumentException(
            "point must not contain NaN, found " + Arrays.toString(point));
      }
      data[n * m + k] = point[k] + 0.0;
    }
  }

  private int firstFrontNotDominating(int p) {
    int lo = 0;
    int hi = fronts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Front front = fronts.get(mid);
      if (dominatedByAny(p, front.members, front.size)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean dominatedByAny(int q, int[] candidates, int count) {
    for (int i = 0; i < count; i++) {
      if (dominates(candidates[i], q)) {
        return true;
      }
    }
    return false;
  }

  private boolean dominates(int a, int b) {
    return PointSet.dominates(data, m, a, b);
  }

  private void replaceMembers(Front front, int[] members) {
    front.members = members;
    front.size = members.length;
    int unmarked = 0;
    for (int i : members) {
      unmarked += marked[i] ? 0 : 1;
    }
    front.unmarked = unmarked;
    front.version++;
  }

  /** Merges two ascending index runs into one new array of exactly their total length. */
  private static int[] merge(int[] a, int aCount, int[] b, int bCount) {
    int[] out = new int[aCount + bCount];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < aCount && j < bCount) {
      out[k++] = a[i] < b[j] ? a[i++] : b[j++];
    }
    while (i < aCount) {
      out[k++] = a[i++];
    }
    while (j < bCount) {
      out[k++] = b[j++];
    }
    return out;
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("point index must be in [0, " + n + "), found " + i);
    }
  }
}
