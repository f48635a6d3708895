package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import org.greenautoml.energy.EnergyReading;

/**
 * Converts energy to emissions: {@code kg CO2e = kWh × PUE × gCO2e/kWh / 1000} (the Green
 * Algorithms and CodeCarbon formula). The band uses the intensity's low and high values, and for a
 * reading also its relative uncertainty {@code u}: low = kWh × max(0, 1 − u) × PUE × low intensity,
 * high = kWh × (1 + u) × PUE × high intensity. Immutable; thread-safe.
 */
public final class CarbonAccountant {

  /** Grams in a kilogram. */
  public static final double GRAMS_PER_KG = 1000;

  private final CarbonIntensity intensity;
  private final Pue pue;

  public CarbonAccountant(CarbonIntensity intensity, Pue pue) {
    this.intensity = requireNonNull(intensity, "intensity");
    this.pue = requireNonNull(pue, "pue");
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
    if (!Double.isFinite(kWh) || kWh < 0) {
      throw new IllegalArgumentException("energy must be finite and >= 0 kWh, found " + kWh);
    }
    double p = pue.value();
    return new CarbonFootprint(
        kgCO2eOf(kWh, p, intensity.gramsCO2ePerKWh()),
        kgCO2eOf(kWh * Math.max(0, 1 - uncertainty), p, intensity.lowGramsCO2ePerKWh()),
        kgCO2eOf(kWh * (1 + uncertainty), p, intensity.highGramsCO2ePerKWh()));
  }

  public CarbonIntensity intensity() {
    return intensity;
  }

  public Pue pue() {
    return pue;
  }
}
