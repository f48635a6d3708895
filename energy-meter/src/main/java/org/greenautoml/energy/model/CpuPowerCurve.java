package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

/**
 * The power model's answer for one machine: its CPU load curve (already scaled to the part of the
 * package this machine holds), how it was matched, what was assumed, and the band. Immutable.
 *
 * @param curve CPU package power of this machine against its utilisation
 * @param threads hardware threads this machine sees (utilisation is busy threads / threads)
 * @param match how specific the curve is
 * @param matched one phrase: what the curve was matched on
 * @param assumed one phrase: what had to be assumed
 * @param band the stated relative uncertainty by load
 */
public record CpuPowerCurve(
    LoadCurve curve, int threads, CurveMatch match, String matched, String assumed,
    UncertaintyBand band) {

  public CpuPowerCurve {
    requireNonNull(curve, "curve");
    requireNonNull(match, "match");
    requireNonNull(matched, "matched");
    requireNonNull(assumed, "assumed");
    requireNonNull(band, "band");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, found " + threads);
    }
  }

  /** One line: what was matched and what was assumed, with the curve and the band. */
  public String describe() {
    String shape = curve.utilisationOnly()
        ? String.format(java.util.Locale.ROOT, "P(u) = %.3g + (%.3g - %.3g) u^%.2f W",
            curve.idleWatts(), curve.maxWatts(), curve.idleWatts(), curve.exponent())
        : String.format(java.util.Locale.ROOT,
            "P(a, d) = %.3g + (%.3g - %.3g) a^%.2f d^%.2f W (a threads running, d their duty)",
            curve.idleWatts(), curve.maxWatts(), curve.idleWatts(), curve.exponent(),
            curve.dutyExponent());
    return String.format(
        java.util.Locale.ROOT,
        "CPU %s: matched %s; assumed %s; %s over %d threads,"
            + " band +-%.0f%% / %.0f%% / %.0f%% (load < 15%% / < 50%% / above)",
        match.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), matched, assumed,
        shape, threads, 100 * band.low(), 100 * band.middle(), 100 * band.high());
  }
}
