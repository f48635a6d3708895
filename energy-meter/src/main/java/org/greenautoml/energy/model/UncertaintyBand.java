package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * The stated relative uncertainty of a power-model estimate, by load: a relative half-width for
 * low ({@code u < 0.15}), middle ({@code 0.15 <= u < 0.5}) and high load. The model is least sure
 * at low load, where idle power and the curve's steep start dominate.
 *
 * <p>{@link #fromHeldOut} takes, in each load range, the {@value #QUANTILE} quantile of the
 * absolute relative error of held-out predictions (nearest rank) ({@link HeldOutValidation}): by construction
 * about 90 % of those measurements lie inside the band, and the accuracy test checks that this
 * still holds. Immutable.
 *
 * @param low half-width below 15 % load, &ge; 0
 * @param middle half-width from 15 % to 50 % load, &ge; 0
 * @param high half-width from 50 % load, &ge; 0
 * @param source one phrase: what the widths were derived from
 */
public record UncertaintyBand(double low, double middle, double high, String source) {

  /** The quantile of held-out absolute relative errors that a band's half-width is set to. */
  public static final double QUANTILE = 0.9;

  static final double LOW_BELOW = 0.15;
  static final double HIGH_FROM = 0.5;

  public UncertaintyBand {
    requireWidth("low", low);
    requireWidth("middle", middle);
    requireWidth("high", high);
    requireNonNull(source, "source");
  }

  private static void requireWidth(String what, double width) {
    if (!(width >= 0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, found " + width);
    }
  }

  /** The band from held-out predictions: the {@value #QUANTILE} quantile per load range. */
  public static UncertaintyBand fromHeldOut(
      List<HeldOutValidation.Prediction> predictions, String source) {
    return new UncertaintyBand(
        quantile(predictions, 0, LOW_BELOW), quantile(predictions, LOW_BELOW, HIGH_FROM),
        quantile(predictions, HIGH_FROM, 2), source);
  }

  private static double quantile(
      List<HeldOutValidation.Prediction> predictions, double from, double below) {
    double[] errors =
        predictions.stream()
            .filter(p -> p.row().utilisation() >= from && p.row().utilisation() < below)
            .mapToDouble(p -> Math.abs(p.relativeError()))
            .sorted()
            .toArray();
    if (errors.length == 0) {
      throw new IllegalArgumentException(
          "predictions must hold a row with utilisation in [" + from + ", " + below + ")");
    }
    return quantile(errors, QUANTILE);
  }

  /**
   * The {@code q} quantile by nearest rank: the smallest value with at least a fraction {@code q}
   * of the values at or below it (so a band set to it holds at least {@code q} of them).
   */
  static double quantile(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    int rank = (int) Math.ceil(q * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  /** The relative half-width at utilisation {@code u}. */
  public double relativeAt(double u) {
    return u < LOW_BELOW ? low : u < HIGH_FROM ? middle : high;
  }

  /**
   * The band widened by a further independent relative uncertainty {@code extra} (e.g. a TDP
   * that is itself a guess), added in quadrature: {@code sqrt(w² + extra²)} in each range.
   */
  public UncertaintyBand widened(double extra, String why) {
    requireWidth("extra", extra);
    return new UncertaintyBand(
        Math.hypot(low, extra), Math.hypot(middle, extra), Math.hypot(high, extra),
        source + "; widened in quadrature by " + Math.round(extra * 100) + " % (" + why + ")");
  }
}
