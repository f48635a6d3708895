package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * A validated copy of points in minimisation form, stored row-major in one array: {@code n}
 * points of {@code m} coordinates. Negative zero is stored as zero so that equal points compare
 * equal everywhere. Not thread-safe to build, immutable afterwards.
 */
final class PointSet {

  final int n;
  final int m;
  final double[] data;

  private PointSet(int n, int m, double[] data) {
    this.n = n;
    this.m = m;
    this.data = data;
  }

  /**
   * Copies and checks the points: none null, all of one size of at least one, no NaN.
   *
   * @param what how error messages name the list
   */
  static PointSet of(List<double[]> points, String what) {
    requireNonNull(points, what);
    int n = points.size();
    if (n == 0) {
      return new PointSet(0, 0, new double[0]);
    }
    int m = row(points, 0, what).length;
    if (m == 0) {
      throw new IllegalArgumentException(what + " must have at least one coordinate, found 0");
    }
    double[] data = new double[Math.multiplyExact(n, m)];
    for (int i = 0; i < n; i++) {
      double[] p = row(points, i, what);
      if (p.length != m) {
        throw new IllegalArgumentException(
            what + "[" + i + "] must have " + m + " coordinates like " + what + "[0], found "
                + p.length);
      }
      for (int k = 0; k < m; k++) {
        if (Double.isNaN(p[k])) {
          throw new IllegalArgumentException(
              what + "[" + i + "] must not contain NaN, found " + Arrays.toString(p));
        }
        data[i * m + k] = p[k] + 0.0;
      }
    }
    return new PointSet(n, m, data);
  }

  private static double[] row(List<double[]> points, int i, String what) {
    double[] p = points.get(i);
    if (p == null) {
      throw new IllegalArgumentException(what + "[" + i + "] must not be null");
    }
    return p;
  }

  double get(int i, int k) {
    return data[i * m + k];
  }

  /** Column {@code k} as its own array. */
  double[] column(int k) {
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = data[i * m + k];
    }
    return c;
  }

  /** Whether point {@code a} dominates point {@code b} (minimisation). */
  boolean dominates(int a, int b) {
    return dominates(data, m, a, b);
  }

  /**
   * Whether point {@code a} dominates point {@code b} (minimisation), for points of {@code m}
   * values stored one after another in {@code data}.
   */
  static boolean dominates(double[] data, int m, int a, int b) {
    int oa = a * m;
    int ob = b * m;
    boolean strictly = false;
    for (int k = 0; k < m; k++) {
      double x = data[oa + k];
      double y = data[ob + k];
      if (x > y) {
        return false;
      }
      strictly |= x < y;
    }
    return strictly;
  }

  /** Lexicographic comparison of points {@code a} and {@code b}. */
  int compare(int a, int b) {
    int oa = a * m;
    int ob = b * m;
    for (int k = 0; k < m; k++) {
      double x = data[oa + k];
      double y = data[ob + k];
      if (x < y) {
        return -1;
      }
      if (x > y) {
        return 1;
      }
    }
    return 0;
  }

  /** The indices of the points in lexicographic order (stable: equal points keep index order). */
  int[] lexicographicOrder() {
    return IndexSort.sort(n, this::compare);
  }
}
