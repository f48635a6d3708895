package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Fits a {@link LoadCurve} to measured points by least squares on the <em>relative</em> error,
 * {@code min Σ ((P(u_i, d_i) - w_i) / w_i)²}, so that a 6 W idle point counts as much as a 90 W
 * full-load one (the goals are stated as relative errors).
 *
 * <p>For fixed exponents the model is linear in {@code (idle, max - idle)}, so the two powers have
 * a closed form (weighted linear least squares, weights {@code 1 / w_i²}). The exponents are
 * searched on a grid over [0.05, 3]: one exponent ({@code j = k}, steps of 0.01) unless the points
 * hold both load patterns (at least two loaded points with some threads idle and two with every
 * thread at a duty cycle below 1), then both (steps of 0.05, refined to 0.01 around the best).
 * Constraints: {@code idle >= 0} and {@code max >= idle} (when the unconstrained solution breaks
 * one, the fit is redone with it held at its bound). Deterministic; O(3,700 × points). Thread-safe
 * (stateless).
 */
public final class LoadCurveFit {

  static final double MIN_EXPONENT = 0.05;
  static final double MAX_EXPONENT = 3.0;
  private static final double FINE = 0.01;
  private static final double COARSE = 0.05;

  private LoadCurveFit() {}

  /**
   * The best curve through {@code points}.
   *
   * @throws IllegalArgumentException with fewer than 3 points or fewer than 2 distinct utilisations
   */
  public static LoadCurve fit(List<LoadPoint> points) {
    requireNonNull(points, "points");
    if (points.size() < 3) {
      throw new IllegalArgumentException("points must hold >= 3 points, found " + points.size());
    }
    if (points.stream().mapToDouble(LoadPoint::utilisation).distinct().count() < 2) {
      throw new IllegalArgumentException("points must have >= 2 distinct utilisations");
    }
    return bothPatterns(points) ? fitTwo(points) : fitOne(points);
  }

  /** The best one-dimensional curve ({@code j = k}) through {@code points}, whatever their duty. */
  public static LoadCurve fitUtilisationOnly(List<LoadPoint> points) {
    return fit(points.stream().map(p -> new LoadPoint(p.utilisation(), p.watts())).toList());
  }

  static boolean bothPatterns(List<LoadPoint> points) {
    long someIdle = points.stream()
        .filter(p -> p.utilisation() > 0 && p.activeFraction() < 1).count();
    long lowDuty = points.stream().filter(p -> p.utilisation() > 0 && p.duty() < 1).count();
    return someIdle >= 2 && lowDuty >= 2;
  }

  private static LoadCurve fitOne(List<LoadPoint> points) {
    double[] best = null;
    for (double k : grid(MIN_EXPONENT, MAX_EXPONENT, FINE)) {
      best = better(best, solve(points, k, k));
    }
    return new LoadCurve(best[0], best[0] + best[1], best[3]);
  }

  private static LoadCurve fitTwo(List<LoadPoint> points) {
    double[] best = null;
    for (double k : grid(MIN_EXPONENT, MAX_EXPONENT, COARSE)) {
      for (double j : grid(MIN_EXPONENT, MAX_EXPONENT, COARSE)) {
        best = better(best, solve(points, k, j));
      }
    }
    double k0 = best[3];
    double j0 = best[4];
    for (double k : grid(Math.max(MIN_EXPONENT, k0 - COARSE), Math.min(MAX_EXPONENT, k0 + COARSE), FINE)) {
      for (double j : grid(Math.max(MIN_EXPONENT, j0 - COARSE), Math.min(MAX_EXPONENT, j0 + COARSE), FINE)) {
        best = better(best, solve(points, k, j));
      }
    }
    return new LoadCurve(best[0], best[0] + best[1], best[3], best[4]);
  }

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step);
    double[] out = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      out[i] = Math.round((from + i * step) * 100) / 100.0;
    }
    return out;
  }

  private static double[] better(double[] best, double[] candidate) {
    return best == null || candidate[2] < best[2] ? candidate : best;
  }

  /** {idle, span, loss, k, j} minimising the relative squared error for exponents {@code k, j}. */
  private static double[] solve(List<LoadPoint> points, double k, double j) {
    double saa = 0, sab = 0, sbb = 0, sa = 0, sb = 0;
    for (LoadPoint p : points) {
      double a = 1 / p.watts();
      double b = shape(p, k, j) / p.watts();
      saa += a * a;
      sab += a * b;
      sbb += b * b;
      sa += a;
      sb += b;
    }
    double det = saa * sbb - sab * sab;
    double idle = det > 0 ? (sa * sbb - sb * sab) / det : 0;
    double span = det > 0 ? (saa * sb - sab * sa) / det : 0;
    if (idle < 0 || det <= 0) {
      idle = 0;
      span = sbb > 0 ? sb / sbb : 0;
    }
    if (span < 0) {
      span = 0;
      idle = sa / saa;
    }
    return new double[] {idle, span, loss(points, idle, span, k, j), k, j};
  }

  private static double shape(LoadPoint p, double k, double j) {
    return p.duty() <= 0 ? 0 : Math.pow(p.activeFraction(), k) * Math.pow(p.duty(), j);
  }

  private static double loss(List<LoadPoint> points, double idle, double span, double k, double j) {
    double sum = 0;
    for (LoadPoint p : points) {
      double r = (idle + span * shape(p, k, j) - p.watts()) / p.watts();
      sum += r * r;
    }
    return sum;
  }
}
