package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.greenautoml.energy.EnergyReading;

/**
 * Converts energy to emissions: {@code kg CO2e = kWh × PUE × gCO2e/kWh / 1000} (the Green
 * Algorithms and CodeCarbon formula). The band uses the intensity's low and high values, and for a
 * reading also its relative uncertainty {@code u}: low = kWh × max(0, 1 − u) × PUE × low intensity,
 * high = kWh × (1 + u) × PUE × high intensity.
 *
 * <p>With an {@link CarbonIntensitySeries intensity series} ({@link #withSeries}), energy spent
 * over a known interval ({@link #footprintOf(EnergyReading, Instant, Instant)}) is charged at the
 * series' time-weighted mean intensity over that interval instead of the annual value (the series
 * has no band, so only the reading's uncertainty widens it); without one, or for energy with no
 * interval, the annual value applies. Immutable; thread-safe.
 */
public final class CarbonAccountant {

  /** Grams in a kilogram. */
  public static final double GRAMS_PER_KG = 1000;

  private final CarbonIntensity intensity;
  private final Pue pue;
  private final Optional<CarbonIntensitySeries> series;

  public CarbonAccountant(CarbonIntensity intensity, Pue pue) {
    this(intensity, pue, Optional.empty());
  }

  private CarbonAccountant(
      CarbonIntensity intensity, Pue pue, Optional<CarbonIntensitySeries> series) {
    this.intensity = requireNonNull(intensity, "intensity");
    this.pue = requireNonNull(pue, "pue");
    this.series = series;
  }

  /** This accountant, charging energy with an interval at the series' intensity of its time. */
  public CarbonAccountant withSeries(CarbonIntensitySeries value) {
    return new CarbonAccountant(intensity, pue, Optional.of(requireNonNull(value, "series")));
  }

  /** The intensity series, if energy is charged by time. */
  public Optional<CarbonIntensitySeries> series() {
    return series;
  }

  /**
   * The intensity that applies to energy spent evenly over {@code [from, to)}, gCO2e/kWh: the
   * series' time-weighted mean ({@link CarbonIntensitySeries#meanIntensityHeld}: a part outside
   * the series at its nearest value), or the annual value without a series.
   */
  public double intensityOver(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return series.map(s -> s.meanIntensityHeld(from, to)).orElse(intensity.gramsCO2ePerKWh());
  }

  /**
   * The footprint of a reading spent evenly over {@code [from, to)}: at the series' intensity of
   * that time when there is a series, else as {@link #footprintOf(EnergyReading)}.
   */
  public CarbonFootprint footprintOf(EnergyReading reading, Instant from, Instant to) {
    requireNonNull(reading, "reading");
    if (series.isEmpty()) {
      return footprintOf(reading);
    }
    double grams = intensityOver(from, to);
    return footprint(reading.kWh(), reading.relativeUncertainty(), grams, grams, grams);
  }

  /** The footprint of {@code kWh} spent evenly over {@code [from, to)}, as the method above. */
  public CarbonFootprint footprintOf(double kWh, Instant from, Instant to) {
    if (series.isEmpty()) {
      return footprintOf(kWh);
    }
    double grams = intensityOver(from, to);
    return footprint(kWh, 0, grams, grams, grams);
  }

  /**
   * The kg CO2e of {@code kWh} of IT energy at a PUE and an intensity in g CO2e per facility kWh:
   * {@code kWh x pue x gramsPerKWh / 1000}, the one kWh to CO2e formula of the project.
   */
  public static double kgCO2eOf(double kWh, double pue, double gramsCO2ePerKWh) {
    return kWh * pue * gramsCO2ePerKWh / GRAMS_PER_KG;
  }

  /** The kg CO2e of one kWh of IT energy here: PUE x intensity. */
  public double kgCO2ePerKWh() {
    return kgCO2eOf(1.0, pue.value(), intensity.gramsCO2ePerKWh());
  }

  /** The footprint of {@code kWh} of IT energy, band from the intensity's band. */
  public CarbonFootprint footprintOf(double kWh) {
    return footprint(kWh, 0);
  }

  /** The footprint of a reading, band widened by its relative uncertainty. */
  public CarbonFootprint footprintOf(EnergyReading reading) {
    requireNonNull(reading, "reading");
    return footprint(reading.kWh(), reading.relativeUncertainty());
  }

  private CarbonFootprint footprint(double kWh, double uncertainty) {
    return footprint(kWh, uncertainty, intensity.gramsCO2ePerKWh(),
        intensity.lowGramsCO2ePerKWh(), intensity.highGramsCO2ePerKWh());
  }

  private CarbonFootprint footprint(
      double kWh, double uncertainty, double grams, double lowGrams, double highGrams) {
    if (!Double.isFinite(kWh) || kWh < 0) {
      throw new IllegalArgumentException("energy must be finite and >= 0 kWh, found " + kWh);
    }
    double p = pue.value();
    return new CarbonFootprint(
        kgCO2eOf(kWh, p, grams),
        kgCO2eOf(kWh * Math.max(0, 1 - uncertainty), p, lowGrams),
        kgCO2eOf(kWh * (1 + uncertainty), p, highGrams));
  }

  public CarbonIntensity intensity() {
    return intensity;
  }

  public Pue pue() {
    return pue;
  }
}
