package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Fits a {@link LoadCurve} to measured points by least squares on the <em>relative</em> error,
 * {@code min Σ ((P(u_i) - w_i) / w_i)²}, so that a 6 W idle point counts as much as a 90 W
 * full-load one (the goals are stated as relative errors).
 *
 * <p>For a fixed exponent {@code k} the model is linear in {@code (idle, max - idle)}, so the two
 * powers have a closed form (weighted linear least squares, weights {@code 1 / w_i²}); {@code k}
 * is searched on a grid of 0.01 over [0.05, 3]. Constraints: {@code idle >= 0} and {@code max >=
 * idle} (when the unconstrained solution breaks one, the fit is redone with it held at its bound).
 * Deterministic; O(300 × points). Thread-safe (stateless).
 */
public final class LoadCurveFit {

  static final double MIN_EXPONENT = 0.05;
  static final double MAX_EXPONENT = 3.0;
  private static final double STEP = 0.01;

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
    double[] best = null;
    int steps = (int) Math.round((MAX_EXPONENT - MIN_EXPONENT) / STEP);
    for (int i = 0; i <= steps; i++) {
      double k = MIN_EXPONENT + i * STEP;
      double[] candidate = solve(points, k);
      if (best == null || candidate[2] < best[2]) {
        best = new double[] {candidate[0], candidate[1], candidate[2], k};
      }
    }
    return new LoadCurve(best[0], best[0] + best[1], best[3]);
  }

  /** {idle, span, loss} minimising the relative squared error for exponent {@code k}. */
  private static double[] solve(List<LoadPoint> points, double k) {
    double saa = 0, sab = 0, sbb = 0, sa = 0, sb = 0;
    for (LoadPoint p : points) {
      double a = 1 / p.watts();
      double b = Math.pow(p.utilisation(), k) / p.watts();
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
    return new double[] {idle, span, loss(points, idle, span, k)};
  }

  private static double loss(List<LoadPoint> points, double idle, double span, double k) {
    double sum = 0;
    for (LoadPoint p : points) {
      double r = (idle + span * Math.pow(p.utilisation(), k) - p.watts()) / p.watts();
      sum += r * r;
    }
    return sum;
  }
}
