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

  private final CarbonIntensity intensity;
  private final Pue pue;

  public CarbonAccountant(CarbonIntensity intensity, Pue pue) {
    this.intensity = requireNonNull(intensity, "intensity");
    this.pue = requireNonNull(pue, "pue");
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
    double facilityKWh = kWh * pue.value();
    return new CarbonFootprint(
        facilityKWh * intensity.gramsCO2ePerKWh() / 1000,
        facilityKWh * Math.max(0, 1 - uncertainty) * intensity.lowGramsCO2ePerKWh() / 1000,
        facilityKWh * (1 + uncertainty) * intensity.highGramsCO2ePerKWh() / 1000);
  }

  public CarbonIntensity intensity() {
    return intensity;
  }

  public Pue pue() {
    return pue;
  }
}
