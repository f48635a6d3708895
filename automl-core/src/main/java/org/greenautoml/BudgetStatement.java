package org.greenautoml;

/**
 * What a search was allowed to spend and what it spent.
 *
 * <p>{@code spentKgCO2e} is what the ledger charged: every trial plus the engine's own overhead
 * (the process energy that no trial accounts for), converted with the search's region and PUE.
 *
 * @param budgetKgCO2e the cap the user gave
 * @param spentKgCO2e what was charged
 * @param trialsKWh energy of the trials
 * @param overheadKWh energy of the process outside the trials, the static share included
 * @param staticKWh the static share (idle power × time held × machine share), part of {@code
 *     overheadKWh}; 0 with RAPL (its readings hold idle power) and for a run read back from disk
 * @param embodiedKgCO2e the embodied share (manufacturing footprint prorated by time and share)
 * @param embodiedCharged whether {@code embodiedKgCO2e} is part of {@code spentKgCO2e}
 */
public record BudgetStatement(
    double budgetKgCO2e, double spentKgCO2e, double trialsKWh, double overheadKWh,
    double staticKWh, double embodiedKgCO2e, boolean embodiedCharged) {

  /** Validates that every figure is finite and non-negative. */
  public BudgetStatement {
    for (double figure : new double[] {budgetKgCO2e, spentKgCO2e, trialsKWh, overheadKWh,
        staticKWh, embodiedKgCO2e}) {
      if (!(figure >= 0) || Double.isInfinite(figure)) {
        throw new IllegalArgumentException(
            "budget figures must be finite and non-negative, found " + figure);
      }
    }
  }

  /** A statement without static or embodied figures (a run read back from its files). */
  public BudgetStatement(
      double budgetKgCO2e, double spentKgCO2e, double trialsKWh, double overheadKWh) {
    this(budgetKgCO2e, spentKgCO2e, trialsKWh, overheadKWh, 0, 0, false);
  }

  /** Energy of the whole search, trials and overhead, in kWh. */
  public double spentKWh() {
    return trialsKWh + overheadKWh;
  }

  /** What is left of the budget, never negative. */
  public double remainingKgCO2e() {
    return Math.max(0, budgetKgCO2e - spentKgCO2e);
  }
}
