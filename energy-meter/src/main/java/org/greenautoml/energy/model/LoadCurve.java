package org.greenautoml.energy.model;

/**
 * CPU power as a function of utilisation: {@code P(u) = idleWatts + (maxWatts - idleWatts) × u^k}.
 *
 * <p>The form is the one SPECpower-style load curves take (Boavizta's CPU consumption profiles,
 * the Teads curve: power rises steeply at low load and levels off, so {@code k < 1}, sub-linear);
 * {@code k} is fitted, not assumed (a CPU whose governor keeps a low clock at low load can show
 * {@code k > 1}). The parameters come from {@link LoadCurveFit} over measured points: a published
 * RAPL sweep of the CPU, a class of CPUs scaled by TDP, or this machine's own calibration.
 * Immutable.
 *
 * @param idleWatts power at zero utilisation, W, &ge; 0
 * @param maxWatts power with every hardware thread busy, W, &ge; idleWatts
 * @param exponent the shape {@code k}, in (0, 5]
 */
public record LoadCurve(double idleWatts, double maxWatts, double exponent) {

  public LoadCurve {
    if (!(idleWatts >= 0) || Double.isInfinite(idleWatts)) {
      throw new IllegalArgumentException("idleWatts must be finite and >= 0, found " + idleWatts);
    }
    if (!(maxWatts >= idleWatts) || Double.isInfinite(maxWatts)) {
      throw new IllegalArgumentException(
          "maxWatts must be finite and >= idleWatts (" + idleWatts + "), found " + maxWatts);
    }
    if (!(exponent > 0 && exponent <= 5)) {
      throw new IllegalArgumentException("exponent must be in (0, 5], found " + exponent);
    }
  }

  /** Power at utilisation {@code u} (busy fraction of all hardware threads, clamped to [0, 1]), W. */
  public double watts(double u) {
    return idleWatts + dynamicWatts(u);
  }

  /** Power above idle at utilisation {@code u} (clamped to [0, 1]), W. */
  public double dynamicWatts(double u) {
    double x = Math.min(1, Math.max(0, u));
    return (maxWatts - idleWatts) * Math.pow(x, exponent);
  }

  /**
   * Power above idle per busy hardware thread when the machine runs at utilisation {@code u}:
   * {@code dynamicWatts(u) / (u × threads)}, W. What one CPU-second costs when the machine's
   * dynamic power is shared by CPU time. {@code u} is clamped to {@code [1 / threads, 1]}: at least
   * the work being charged is running, and the ratio stays finite for {@code k < 1}.
   */
  public double dynamicWattsPerBusyThread(double u, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, found " + threads);
    }
    double x = Math.min(1, Math.max(1.0 / threads, u));
    return dynamicWatts(x) / (x * threads);
  }

  /** The same shape with both powers multiplied by {@code factor} (&gt; 0), e.g. a TDP or a share. */
  public LoadCurve scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be finite and > 0, found " + factor);
    }
    return new LoadCurve(idleWatts * factor, maxWatts * factor, exponent);
  }
}
