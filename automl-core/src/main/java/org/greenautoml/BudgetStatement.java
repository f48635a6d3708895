package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a search was allowed to spend and what it spent; the engine, the report, selection and
 * the run directory share this one statement.
 *
 * <p>{@code spentKgCO2e} is what the ledger charged: every trial plus the engine's own overhead
 * (the process energy that no trial accounts for), converted with the search's region and PUE.
 *
 * @param budgetKgCO2e the cap the user gave, positive
 * @param spentKgCO2e what was charged
 * @param spentKWh energy of the whole search, trials and overhead, before PUE
 * @param overheadKWh energy of the process outside the trials, the static share included; at most
 *     {@code spentKWh}
 * @param machineCharges the static and embodied shares; empty for a run recorded before they were
 */
public record BudgetStatement(
    double budgetKgCO2e, double spentKgCO2e, double spentKWh, double overheadKWh,
    Optional<MachineCharges> machineCharges) {

  /** Validates that every figure is finite and non-negative, and the parts add up. */
  public BudgetStatement {
    if (!(budgetKgCO2e > 0) || Double.isInfinite(budgetKgCO2e)) {
      throw new IllegalArgumentException(
          "budget in kg CO2e must be finite and > 0, found " + budgetKgCO2e);
    }
    checkFigure(spentKgCO2e, "spent kg CO2e");
    checkFigure(spentKWh, "spent kWh");
    checkFigure(overheadKWh, "overhead kWh");
    requireNonNull(machineCharges, "machineCharges");
    if (overheadKWh > spentKWh * (1 + 1e-12)) {
      throw new IllegalArgumentException(
          "overhead kWh must be <= spent kWh " + spentKWh + ", found " + overheadKWh);
    }
    machineCharges.ifPresent(c -> {
      if (c.staticKWh() > overheadKWh * (1 + 1e-12)) {
        throw new IllegalArgumentException(
            "static kWh must be <= overhead kWh " + overheadKWh + ", found " + c.staticKWh());
      }
    });
  }

  /** The statement of a search that spent {@code trialsKWh + overheadKWh} and recorded its shares. */
  public static BudgetStatement of(double budgetKgCO2e, double spentKgCO2e, double trialsKWh,
      double overheadKWh, MachineCharges machine) {
    return new BudgetStatement(budgetKgCO2e, spentKgCO2e, trialsKWh + overheadKWh, overheadKWh,
        Optional.of(requireNonNull(machine, "machine")));
  }

  /** Energy of the trials, in kWh: what was spent less the overhead. */
  public double trialsKWh() {
    return Math.max(0, spentKWh - overheadKWh);
  }

  /** The static share in kWh, 0 where it was not recorded. */
  public double staticKWh() {
    return machineCharges.map(MachineCharges::staticKWh).orElse(0.0);
  }

  /** The embodied share in kg CO2e, 0 where it was not recorded. */
  public double embodiedKgCO2e() {
    return machineCharges.map(MachineCharges::embodiedKgCO2e).orElse(0.0);
  }

  /** Whether the embodied share is part of what was spent; false where it was not recorded. */
  public boolean embodiedCharged() {
    return machineCharges.map(MachineCharges::embodiedCharged).orElse(false);
  }

  /** What is left of the budget, never negative. */
  public double remainingKgCO2e() {
    return Math.max(0, budgetKgCO2e - spentKgCO2e);
  }

  static void checkFigure(double figure, String what) {
    if (!(figure >= 0) || Double.isInfinite(figure)) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, found " + figure);
    }
  }
}
