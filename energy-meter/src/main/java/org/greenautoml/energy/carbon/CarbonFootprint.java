package org.greenautoml.energy.carbon;

/**
 * Emissions in kg CO2e with a band.
 *
 * @param kgCO2e central value
 * @param lowKgCO2e low end, &le; central
 * @param highKgCO2e high end, &ge; central
 */
public record CarbonFootprint(double kgCO2e, double lowKgCO2e, double highKgCO2e) {

  /** No emissions. */
  public static final CarbonFootprint ZERO = new CarbonFootprint(0, 0, 0);

  public CarbonFootprint {
    for (double v : new double[] {kgCO2e, lowKgCO2e, highKgCO2e}) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException(
            "footprint must be finite and >= 0 kg CO2e, found " + kgCO2e + " [" + lowKgCO2e + ", "
                + highKgCO2e + "]");
      }
    }
    if (lowKgCO2e > kgCO2e || kgCO2e > highKgCO2e) {
      throw new IllegalArgumentException(
          "footprint band must satisfy low <= value <= high, found " + lowKgCO2e + " <= " + kgCO2e
              + " <= " + highKgCO2e);
    }
  }

  /** The sum; bands add (their errors are treated as fully correlated). */
  public CarbonFootprint plus(CarbonFootprint o) {
    return new CarbonFootprint(
        kgCO2e + o.kgCO2e, lowKgCO2e + o.lowKgCO2e, highKgCO2e + o.highKgCO2e);
  }

  /** The central value in grams. */
  public double grams() {
    return kgCO2e * 1000;
  }
}
