package org.greenautoml.report;

/**
 * What the run's energy would have emitted in another region: the report's "what if the work ran
 * elsewhere" comparison. Computed by the caller from the carbon tables (kWh x PUE x intensity).
 *
 * @param regionCode ISO country code or cloud region, for example {@code "FR"} or {@code "PL"}
 * @param regionName a readable name, for example {@code "France"}
 * @param gramsCO2e the emissions in g CO2e, finite and non-negative
 * @param source where the intensity comes from, for example {@code "Ember (via Our World in Data)"}
 * @param year the year of the intensity figure, or 0 where the source states none
 */
public record RegionEmission(
    String regionCode, String regionName, double gramsCO2e, String source, int year) {

  /** Validates every field. */
  public RegionEmission {
    Checks.nonBlank(regionCode, "region code");
    Checks.text(regionName, "region name");
    Checks.finiteNonNegative(gramsCO2e, "emissions of " + regionCode + " in g CO2e");
    Checks.text(source, "intensity source of " + regionCode);
    Checks.atLeast(year, 0, "intensity year of " + regionCode);
  }
}
