package org.greenautoml.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What holding the machine cost a run beyond its trials (docs/power-model.md): the static share
 * of idle power and the embodied share of the manufacturing footprint, both prorated by time held
 * and machine share.
 *
 * @param staticKWh the static share in kWh, part of the run's overhead; 0 with RAPL, whose
 *     readings hold idle power
 * @param embodiedKgCO2e the embodied share in kg CO2e
 * @param embodiedCharged whether {@code embodiedKgCO2e} is part of what the run spent
 */
public record MachineCharges(
    @JsonProperty("static_kwh") double staticKWh,
    @JsonProperty("embodied_kg_co2e") double embodiedKgCO2e,
    @JsonProperty("embodied_charged") boolean embodiedCharged) {

  /** Validates that both figures are finite and non-negative. */
  public MachineCharges {
    Checks.finiteNonNegative(staticKWh, "static kWh");
    Checks.finiteNonNegative(embodiedKgCO2e, "embodied kg CO2e");
  }
}
