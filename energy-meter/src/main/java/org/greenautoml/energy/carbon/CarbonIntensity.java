package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

/**
 * The carbon intensity of the electricity of one region, with its source and year.
 *
 * @param regionCode canonical code: ISO 3166 alpha-3 for a country, {@code WORLD}, a sub-national
 *     code such as {@code US-CA}, or {@code provider:region} for a cloud region
 * @param regionName human-readable name
 * @param gramsCO2ePerKWh central value, gCO2e/kWh
 * @param lowGramsCO2ePerKWh low end of the band (the lower of the bundled sources), &le; central
 * @param highGramsCO2ePerKWh high end of the band, &ge; central
 * @param source where the central value (and the band) come from
 * @param year the year the central value describes; 0 when the source does not state one
 */
public record CarbonIntensity(
    String regionCode,
    String regionName,
    double gramsCO2ePerKWh,
    double lowGramsCO2ePerKWh,
    double highGramsCO2ePerKWh,
    String source,
    int year) {

  public CarbonIntensity {
    requireNonNull(regionCode, "regionCode");
    requireNonNull(regionName, "regionName");
    requireNonNull(source, "source");
    if (regionCode.isBlank()) {
      throw new IllegalArgumentException("regionCode must not be blank");
    }
    requireGrams("gramsCO2ePerKWh", gramsCO2ePerKWh);
    requireGrams("lowGramsCO2ePerKWh", lowGramsCO2ePerKWh);
    requireGrams("highGramsCO2ePerKWh", highGramsCO2ePerKWh);
    if (lowGramsCO2ePerKWh > gramsCO2ePerKWh || gramsCO2ePerKWh > highGramsCO2ePerKWh) {
      throw new IllegalArgumentException(
          "intensity band of " + regionCode + " must satisfy low <= value <= high, found "
              + lowGramsCO2ePerKWh + " <= " + gramsCO2ePerKWh + " <= " + highGramsCO2ePerKWh);
    }
    if (year < 0) {
      throw new IllegalArgumentException("year must be >= 0 (0: not stated), found " + year);
    }
  }

  private static void requireGrams(String what, double grams) {
    if (!Double.isFinite(grams) || grams < 0) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, found " + grams);
    }
  }

  /** A value with no band. */
  public static CarbonIntensity of(
      String code, String name, double grams, String source, int year) {
    return new CarbonIntensity(code, name, grams, grams, grams, source, year);
  }

  /** One line for a report: value, band, source and year. */
  public String describe() {
    return String.format(
        "%s (%s): %.1f gCO2e/kWh [%.1f, %.1f], %s, %s",
        regionCode, regionName, gramsCO2ePerKWh, lowGramsCO2ePerKWh, highGramsCO2ePerKWh, source,
        year == 0 ? "year not stated" : Integer.toString(year));
  }
}
