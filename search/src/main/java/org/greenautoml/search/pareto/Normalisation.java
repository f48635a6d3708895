package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Min-max normalisation of points, fitted on a set: each coordinate is mapped linearly so that
 * the set's smallest value goes to 0 and its largest to 1, optionally after {@code log10} (for
 * energies that span orders of magnitude; such values must be positive). Points outside the
 * fitted range map outside [0, 1]. A coordinate that is constant over the set maps to 0. Infinite
 * values are left out of the fit and map to 0 ({@code -∞}) or 1 ({@code +∞}). Immutable and
 * thread-safe.
 */
public final class Normalisation {

  private final Scale[] scales;

  private Normalisation(Scale[] scales) {
    this.scales = scales;
  }

  /** Fits a linear min-max normalisation on {@code points} (at least one, all of one size). */
  public static Normalisation fit(List<double[]> points) {
    PointSet set = PointSet.of(points, "points");
    return fit(set, new boolean[set.m]);
  }

  /**
   * Fits a min-max normalisation on {@code points}, on a log scale for the coordinates where
   * {@code logScale} is true.
   */
  public static Normalisation fit(List<double[]> points, boolean[] logScale) {
    requireNonNull(logScale, "logScale");
    PointSet set = PointSet.of(points, "points");
    if (set.n > 0 && logScale.length != set.m) {
      throw new IllegalArgumentException(
          "logScale must have one flag per coordinate (" + set.m + "), found " + logScale.length);
    }
    return fit(set, logScale);
  }

  private static Normalisation fit(PointSet set, boolean[] logScale) {
    if (set.n == 0) {
      throw new IllegalArgumentException("points must hold at least one point to fit on, found 0");
    }
    Scale[] scales = new Scale[set.m];
    for (int k = 0; k < set.m; k++) {
      scales[k] = Scale.fit(set.column(k), logScale[k], "points");
    }
    return new Normalisation(scales);
  }

  /** The number of coordinates. */
  public int dimension() {
    return scales.length;
  }

  /** The smallest finite value of coordinate {@code k} in the fitted set, after any log. */
  public double min(int k) {
    return scales[k].min();
  }

  /** The largest finite value of coordinate {@code k} in the fitted set, after any log. */
  public double max(int k) {
    return scales[k].max();
  }

  /** The normalised copy of {@code point}. */
  public double[] apply(double[] point) {
    requireNonNull(point, "point");
    if (point.length != scales.length) {
      throw new IllegalArgumentException(
          "point must have " + scales.length + " coordinates, found " + point.length);
    }
    double[] out = new double[point.length];
    for (int k = 0; k < point.length; k++) {
      if (Double.isNaN(point[k])) {
        throw new IllegalArgumentException(
            "point must not contain NaN, found " + Arrays.toString(point));
      }
      out[k] = scales[k].apply(point[k]);
    }
    return out;
  }

  /** The normalised copies of {@code points}, in order. */
  public List<double[]> applyAll(List<double[]> points) {
    requireNonNull(points, "points");
    List<double[]> out = new ArrayList<>(points.size());
    for (double[] p : points) {
      out.add(apply(p));
    }
    return out;
  }

  /** One coordinate's scale: the finite range of a set, after an optional log10. */
  record Scale(double min, double max, boolean log) {

    static Scale fit(double[] values, boolean log, String what) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        double x = transform(v, log, what);
        if (Double.isFinite(x)) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
      if (min > max) { // no finite value
        min = 0;
        max = 0;
      }
      return new Scale(min, max, log);
    }

    private static double transform(double v, boolean log, String what) {
      if (!log) {
        return v;
      }
      if (!(v > 0)) {
        throw new IllegalArgumentException(
            what + " coordinate is on a log scale, so it must be > 0, found " + v);
      }
      return Math.log10(v);
    }

    double apply(double v) {
      double x = transform(v, log, "point");
      if (x == Double.POSITIVE_INFINITY) {
        return 1;
      }
      if (x == Double.NEGATIVE_INFINITY) {
        return 0;
      }
      double range = max - min;
      return range > 0 ? (x - min) / range : 0;
    }
  }
}
