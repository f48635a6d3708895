package org.greenautoml.report;

import java.util.Set;

/**
 * How the run's energy was measured and converted to carbon: the meter with its uncertainty, the
 * grid's carbon intensity with its source and year, and the PUE. See {@code DESIGN.md}, "Energy,
 * honestly".
 *
 * @param meterMethod {@code "RAPL"} or {@code "POWER_MODEL"}
 * @param meterDescription what the meter read, for example the RAPL zones or the TDP used
 * @param relativeUncertainty the meter's relative uncertainty, for example 0.4 for +/-40%
 * @param regionCode ISO country code or cloud region whose intensity was used
 * @param regionName a readable name for the region
 * @param intensityGramsPerKWh the grid's carbon intensity in g CO2e per kWh
 * @param intensitySource where the intensity comes from
 * @param intensityYear the year of the intensity figure, or 0 where the source states none (the
 *     cloud-region table)
 * @param pue the data centre's power usage effectiveness, at least 1
 * @param pueSource where the PUE comes from (for example "default" or "user")
 */
public record EnergyContext(
    String meterMethod,
    String meterDescription,
    double relativeUncertainty,
    String regionCode,
    String regionName,
    double intensityGramsPerKWh,
    String intensitySource,
    int intensityYear,
    double pue,
    String pueSource) {

  /** The meter methods a report may name. */
  public static final Set<String> METER_METHODS = Set.of("RAPL", "POWER_MODEL");

  /** Validates every field. */
  public EnergyContext {
    Checks.text(meterMethod, "meter method");
    if (!METER_METHODS.contains(meterMethod)) {
      throw new IllegalArgumentException(
          "meter method must be RAPL or POWER_MODEL, found \"" + meterMethod + "\"");
    }
    Checks.text(meterDescription, "meter description");
    Checks.finiteNonNegative(relativeUncertainty, "relative uncertainty");
    Checks.nonBlank(regionCode, "region code");
    Checks.text(regionName, "region name");
    Checks.finiteNonNegative(intensityGramsPerKWh, "carbon intensity in g CO2e/kWh");
    Checks.text(intensitySource, "intensity source");
    Checks.atLeast(intensityYear, 0, "intensity year");
    if (!(pue >= 1.0) || !Double.isFinite(pue)) {
      throw new IllegalArgumentException("PUE must be finite and >= 1, found " + pue);
    }
    Checks.text(pueSource, "PUE source");
  }
}
