package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact hypervolume: the Lebesgue measure of the region that a set of points in minimisation form
 * dominates, bounded by a reference point (Zitzler and Thiele 1998). Points that are not strictly
 * better than the reference in every coordinate add nothing. Stateless and thread-safe.
 *
 * @implNote By dimension m, for n points: m = 1 and 2 by a sort and a sweep, O(n log n); m = 3 by
 *     the sweep of Beume, Fonseca, López-Ibáñez, Paquete, Vahrenhold, IEEE TEC 13(5), 2009, O(n
 *     log n); m ≥ 4 by WFG (While, Bradstreet, Barone, IEEE TEC 16(1), 2012), exponential in m
 *     in the worst case. See {@link #contributions} for theirs.
 */
public final class Hypervolume {

  private Hypervolume() {}

  /**
   * The hypervolume of {@code minimisationPoints} with respect to {@code referencePoint}.
   *
   * @param minimisationPoints finite points, all of the reference's size (duplicates and
   *     dominated points are allowed)
   * @param referencePoint a finite point
   */
  public static double of(List<double[]> minimisationPoints, double[] referencePoint) {
    double[] ref = checkReference(referencePoint);
    PointSet set = checkPoints(minimisationPoints, ref);
    int m = ref.length;
    if (m == 1) {
      double best = ref[0];
      for (int i = 0; i < set.n; i++) {
        best = Math.min(best, set.get(i, 0));
      }
      return ref[0] - best;
    }
    if (m == 2) {
      double[] x = new double[set.n];
      double[] y = new double[set.n];
      int count = 0;
      for (int i = 0; i < set.n; i++) {
        if (set.get(i, 0) < ref[0] && set.get(i, 1) < ref[1]) {
          x[count] = set.get(i, 0);
          y[count++] = set.get(i, 1);
        }
      }
      return HypervolumeSweeps.twoD(x, y, count, ref[0], ref[1]);
    }
    double[][] inside = inside(set, ref);
    return Wfg.hv(inside, inside.length, ref, m);
  }

  /**
   * The exclusive contribution of each point: the volume that it dominates and no other point
   * does, which is the hypervolume lost if that point alone were removed. Points dominated by
   * another, points with an equal twin (removing one copy loses nothing), and points outside the
   * reference box contribute 0.
   *
   * @implNote The non-dominated points are found first ({@link NonDominatedSorting}). The
   *     contribution of front member p is its box minus the hypervolume of the other points
   *     clipped to that box (the WFG exclusive volume); the only other points that matter are the
   *     rest of the front and the points that p alone dominates. O(n f m) for that assignment plus
   *     f hypervolumes of those sets, for n points and a front of f.
   */
  public static double[] contributions(List<double[]> points, double[] referencePoint) {
    double[] ref = checkReference(referencePoint);
    PointSet set = checkPoints(points, ref);
    double[] out = new double[set.n];
    int[] copies = new int[set.n];
    int[] front = distinctFront(set, ref, copies);
    List<List<double[]>> alone = dominatedByOneOnly(set, ref, front);
    double[][] rows = new double[front.length][];
    for (int k = 0; k < front.length; k++) {
      rows[k] = row(set, front[k]);
    }
    for (int k = 0; k < front.length; k++) {
      if (copies[front[k]] > 1) {
        continue; // removing one copy loses nothing
      }
      double[][] others = new double[front.length - 1 + alone.get(k).size()][];
      int w = 0;
      for (int i = 0; i < front.length; i++) {
        if (i != k) {
          others[w++] = rows[i];
        }
      }
      for (double[] q : alone.get(k)) {
        others[w++] = q;
      }
      out[front[k]] = Wfg.exclusive(others, w, rows[k], ref, ref.length);
    }
    return out;
  }

  /**
   * For each front member, the points inside the box that it dominates and no other front member
   * weakly dominates. A point that two distinct front members dominate lies, once clipped to
   * either one's box, inside the other's clipped box, so it changes no exclusive volume.
   */
  private static List<List<double[]>> dominatedByOneOnly(PointSet set, double[] ref, int[] front) {
    List<List<double[]>> alone = new ArrayList<>(front.length);
    for (int k = 0; k < front.length; k++) {
      alone.add(new ArrayList<>());
    }
    for (int i = 0; i < set.n; i++) {
      if (!strictlyInside(set, i, ref)) {
        continue;
      }
      int owner = -1;
      for (int k = 0; k < front.length; k++) {
        if (set.dominates(front[k], i)) {
          if (owner >= 0) {
            owner = -2;
            break;
          }
          owner = k;
        }
      }
      if (owner >= 0) {
        alone.get(owner).add(row(set, i));
      }
    }
    return alone;
  }

  /**
   * A reference point: the nadir of the non-dominated points (the worst value of each coordinate
   * over the first front) pushed out by {@code margin} times the front's range in that coordinate
   * (by {@code margin} itself where the range is zero).
   *
   * @param points at least one finite point in minimisation form
   * @param margin a finite fraction {@code >= 0}, for example 0.1; with 0 the front's extremes
   *     contribute no volume
   */
  public static double[] nadirReference(List<double[]> points, double margin) {
    if (!(margin >= 0) || Double.isInfinite(margin)) {
      throw new IllegalArgumentException("margin must be finite and >= 0, found " + margin);
    }
    PointSet set = PointSet.of(points, "points");
    if (set.n == 0) {
      throw new IllegalArgumentException("points must hold at least one point, found 0");
    }
    checkFinite(set);
    int[] ranks = NonDominatedSorting.ranks(points);
    double[] ideal = new double[set.m];
    double[] nadir = new double[set.m];
    Arrays.fill(ideal, Double.POSITIVE_INFINITY);
    Arrays.fill(nadir, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < set.n; i++) {
      if (ranks[i] == 0) {
        for (int k = 0; k < set.m; k++) {
          ideal[k] = Math.min(ideal[k], set.get(i, k));
          nadir[k] = Math.max(nadir[k], set.get(i, k));
        }
      }
    }
    double[] ref = new double[set.m];
    for (int k = 0; k < set.m; k++) {
      double range = nadir[k] - ideal[k];
      ref[k] = nadir[k] + margin * (range > 0 ? range : 1);
    }
    return ref;
  }

  /**
   * The first index of each distinct non-dominated point inside the reference box, sorted
   * lexicographically; {@code copies[i]} receives how many points equal point {@code i}.
   */
  private static int[] distinctFront(PointSet set, double[] ref, int[] copies) {
    int[] order = new int[set.n];
    int count = 0;
    for (int i = 0; i < set.n; i++) {
      if (strictlyInside(set, i, ref)) {
        order[count++] = i;
      }
    }
    order = Arrays.copyOf(order, count);
    IndexSort.sort(order, set::compare);
    int[] distinct = new int[count];
    int u = 0;
    for (int k = 0; k < count; k++) {
      if (k == 0 || set.compare(order[k - 1], order[k]) != 0) {
        distinct[u++] = order[k];
      }
      copies[distinct[u - 1]]++;
    }
    double[][] rows = new double[u][];
    for (int k = 0; k < u; k++) {
      rows[k] = row(set, distinct[k]);
    }
    int[] ranks = NonDominatedSorting.ranks(Arrays.asList(rows));
    int[] front = new int[u];
    int size = 0;
    for (int k = 0; k < u; k++) {
      if (ranks[k] == 0) {
        front[size++] = distinct[k];
      }
    }
    return Arrays.copyOf(front, size);
  }

  private static double[][] inside(PointSet set, double[] ref) {
    double[][] rows = new double[set.n][];
    int count = 0;
    for (int i = 0; i < set.n; i++) {
      if (strictlyInside(set, i, ref)) {
        rows[count++] = row(set, i);
      }
    }
    return Arrays.copyOf(rows, count);
  }

  private static boolean strictlyInside(PointSet set, int i, double[] ref) {
    for (int k = 0; k < ref.length; k++) {
      if (!(set.get(i, k) < ref[k])) {
        return false;
      }
    }
    return true;
  }

  private static double[] row(PointSet set, int i) {
    return Arrays.copyOfRange(set.data, i * set.m, (i + 1) * set.m);
  }

  private static double[] checkReference(double[] referencePoint) {
    requireNonNull(referencePoint, "referencePoint");
    if (referencePoint.length == 0) {
      throw new IllegalArgumentException("referencePoint must have at least one coordinate");
    }
    for (double r : referencePoint) {
      if (!Double.isFinite(r)) {
        throw new IllegalArgumentException(
            "referencePoint must be finite, found " + Arrays.toString(referencePoint));
      }
    }
    return referencePoint.clone();
  }

  private static PointSet checkPoints(List<double[]> points, double[] ref) {
    PointSet set = PointSet.of(points, "points");
    if (set.n > 0 && set.m != ref.length) {
      throw new IllegalArgumentException(
          "points must have " + ref.length + " coordinates like referencePoint, found " + set.m);
    }
    checkFinite(set);
    return set;
  }

  private static void checkFinite(PointSet set) {
    for (int i = 0; i < set.n; i++) {
      for (int k = 0; k < set.m; k++) {
        if (Double.isInfinite(set.get(i, k))) {
          throw new IllegalArgumentException(
              "points[" + i + "] must be finite for a hypervolume, found "
                  + Arrays.toString(row(set, i)));
        }
      }
    }
  }
}
