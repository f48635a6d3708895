package org.greenautoml.energy.model;

/**
 * CPU power as a function of load: {@code P = idleWatts + (maxWatts - idleWatts) × a^k × d^j},
 * where {@code d} is the duty cycle of the threads that run and {@code a = u / d} the fraction of
 * hardware threads that run, so that {@code a × d = u}, the utilisation.
 *
 * <p>With {@code j = k} this is the one-dimensional curve {@code idle + span × u^k}: power depends
 * on the utilisation alone. The form is the one SPECpower-style load curves take (Boavizta's CPU
 * consumption profiles, the Teads curve: power rises steeply at low load and levels off, so
 * {@code k < 1}, sub-linear). A second exponent is fitted where the measurements tell the two ways
 * of making a load apart: a few threads flat out ({@code d = 1}) and every thread at a low duty
 * cycle ({@code a = 1}). On an Intel Xeon E3-1240 v2 the first draws 29 W at 25 % and the second
 * 8 W at 22 % (the governor keeps 1.6 GHz while every thread idles most of the time): {@code k =
 * 0.56}, {@code j = 1.87}. The parameters come from {@link LoadCurveFit} over measured points: a
 * published RAPL sweep of the CPU, a class of CPUs scaled by TDP, or this machine's calibration.
 * Immutable.
 *
 * @param idleWatts power at zero utilisation, W, &ge; 0
 * @param maxWatts power with every hardware thread busy, W, &ge; idleWatts
 * @param exponent {@code k}, the shape in the fraction of threads that run, in (0, 5]
 * @param dutyExponent {@code j}, the shape in their duty cycle, in (0, 5]
 */
public record LoadCurve(double idleWatts, double maxWatts, double exponent, double dutyExponent) {

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
    if (!(dutyExponent > 0 && dutyExponent <= 5)) {
      throw new IllegalArgumentException("dutyExponent must be in (0, 5], found " + dutyExponent);
    }
  }

  /** The one-dimensional curve {@code idle + (max - idle) × u^k}: power follows utilisation alone. */
  public LoadCurve(double idleWatts, double maxWatts, double exponent) {
    this(idleWatts, maxWatts, exponent, exponent);
  }

  /** Whether power depends on utilisation alone ({@code j = k}). */
  public boolean utilisationOnly() {
    return dutyExponent == exponent;
  }

  /**
   * Power at utilisation {@code u} made by threads running flat out (duty 1), W: what a trial's
   * threads make, and the higher of the two load patterns on every bundled curve ({@code k <= j}).
   */
  public double watts(double u) {
    return watts(u, 1);
  }

  /**
   * Power at utilisation {@code u} (clamped to [0, 1]) made by threads at duty cycle {@code duty}
   * (clamped to [u, 1]: the threads that run cannot be more than all of them), W.
   */
  public double watts(double u, double duty) {
    return idleWatts + dynamicWatts(u, duty);
  }

  /** Power above idle at utilisation {@code u} made by threads flat out, W. */
  public double dynamicWatts(double u) {
    return dynamicWatts(u, 1);
  }

  /** Power above idle at utilisation {@code u} made by threads at duty {@code duty}, W. */
  public double dynamicWatts(double u, double duty) {
    double x = Math.min(1, Math.max(0, u));
    double d = Math.min(1, Math.max(x, duty));
    if (d <= 0) {
      return 0;
    }
    return (maxWatts - idleWatts) * Math.pow(x / d, exponent) * Math.pow(d, dutyExponent);
  }

  /** {@link #dynamicWattsPerBusyThread(double, double, int)} for threads flat out (duty 1). */
  public double dynamicWattsPerBusyThread(double u, int threads) {
    return dynamicWattsPerBusyThread(u, 1, threads);
  }

  /**
   * Power above idle per busy hardware thread when the machine runs at utilisation {@code u} made
   * by threads at duty {@code duty}: {@code dynamicWatts(u, duty) / (u × threads)}, W. What one
   * CPU-second costs when the machine's dynamic power is shared by CPU time. {@code u} is clamped
   * to {@code [duty / threads, 1]}: at least the work being charged is running, and the ratio stays
   * finite for exponents below 1; a duty of 0 (no CPU time: nothing to charge) counts as 1.
   */
  public double dynamicWattsPerBusyThread(double u, double duty, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, found " + threads);
    }
    double d = duty > 0 ? Math.min(1, duty) : 1;
    double x = Math.min(1, Math.max(d / threads, u));
    return dynamicWatts(x, d) / (x * threads);
  }

  /** The same shape with both powers multiplied by {@code factor} (&gt; 0), e.g. a TDP or a share. */
  public LoadCurve scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be finite and > 0, found " + factor);
    }
    return new LoadCurve(idleWatts * factor, maxWatts * factor, exponent, dutyExponent);
  }
}
