package org.greenautoml;

/**
 * What holding the machine cost a search beyond its trials ({@code docs/power-model.md}): the
 * static share of idle power and the embodied share of the manufacturing footprint, both prorated
 * by time held and machine share. Part of a {@link BudgetStatement}.
 *
 * @param staticKWh the static share in kWh, part of the search's overhead; 0 with RAPL, whose
 *     readings hold idle power
 * @param embodiedKgCO2e the embodied share in kg CO2e
 * @param embodiedCharged whether {@code embodiedKgCO2e} is part of what the search spent
 */
public record MachineCharges(double staticKWh, double embodiedKgCO2e, boolean embodiedCharged) {

  /** Validates that both figures are finite and non-negative. */
  public MachineCharges {
    BudgetStatement.checkFigure(staticKWh, "static kWh");
    BudgetStatement.checkFigure(embodiedKgCO2e, "embodied kg CO2e");
  }
}
