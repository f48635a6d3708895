package org.greenautoml.report;

import java.util.Optional;

/**
 * The run's carbon budget and what it spent, including the search's own overhead.
 *
 * @param budgetKgCO2e the budget the user gave, in kg CO2e, positive
 * @param spentKgCO2e what the run spent, in kg CO2e (trials and overhead)
 * @param spentKWh the energy the run spent, in kWh (trials and overhead, before PUE)
 * @param overheadKWh the part of {@code spentKWh} that was the search's own overhead
 * @param remainingKgCO2e what was left of the budget; may be slightly negative within the
 *     documented measurement granularity
 * @param stopReason why the search stopped, for example "budget exhausted"
 * @param wallSeconds the run's wall-clock time in seconds
 * @param estimatedGridSearchKWh an estimate of what grid search over the same space would have
 *     spent, in kWh; NaN when not estimated
 * @param gridSearchConfigurations the number of configurations that grid search would train
 * @param machineChargesOrNull the static and embodied shares, or null where the run did not
 *     record them (a report or run file written before they were; read it through {@link
 *     #machineCharges()})
 */
public record BudgetSummary(
    double budgetKgCO2e,
    double spentKgCO2e,
    double spentKWh,
    double overheadKWh,
    double remainingKgCO2e,
    String stopReason,
    double wallSeconds,
    double estimatedGridSearchKWh,
    long gridSearchConfigurations,
    MachineCharges machineChargesOrNull) {

  /** Validates every field. */
  public BudgetSummary {
    if (!Double.isFinite(budgetKgCO2e) || budgetKgCO2e <= 0) {
      throw new IllegalArgumentException(
          "budget in kg CO2e must be finite and > 0, found " + budgetKgCO2e);
    }
    Checks.finiteNonNegative(spentKgCO2e, "spent kg CO2e");
    Checks.finiteNonNegative(spentKWh, "spent kWh");
    Checks.finiteNonNegative(overheadKWh, "overhead kWh");
    if (overheadKWh > spentKWh) {
      throw new IllegalArgumentException(
          "overhead kWh must be <= spent kWh " + spentKWh + ", found " + overheadKWh);
    }
    if (!Double.isFinite(remainingKgCO2e)) {
      throw new IllegalArgumentException(
          "remaining kg CO2e must be finite, found " + remainingKgCO2e);
    }
    Checks.nonBlank(stopReason, "stop reason");
    Checks.finiteNonNegative(wallSeconds, "wall seconds");
    Checks.nanOrNonNegative(estimatedGridSearchKWh, "estimated grid search kWh");
    Checks.atLeast(gridSearchConfigurations, 0, "grid search configurations");
    if (machineChargesOrNull != null && machineChargesOrNull.staticKWh() > overheadKWh) {
      throw new IllegalArgumentException("static kWh must be <= overhead kWh " + overheadKWh
          + ", found " + machineChargesOrNull.staticKWh());
    }
  }

  /** A summary without static or embodied figures. */
  public BudgetSummary(double budgetKgCO2e, double spentKgCO2e, double spentKWh,
      double overheadKWh, double remainingKgCO2e, String stopReason, double wallSeconds,
      double estimatedGridSearchKWh, long gridSearchConfigurations) {
    this(budgetKgCO2e, spentKgCO2e, spentKWh, overheadKWh, remainingKgCO2e, stopReason,
        wallSeconds, estimatedGridSearchKWh, gridSearchConfigurations, null);
  }

  /** The static and embodied shares, where the run recorded them. */
  public Optional<MachineCharges> machineCharges() {
    return Optional.ofNullable(machineChargesOrNull);
  }

  /** Whether a grid-search estimate is present. */
  public boolean hasGridSearchEstimate() {
    return !Double.isNaN(estimatedGridSearchKWh);
  }
}
