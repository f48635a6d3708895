package org.greenautoml;

/**
 * A snapshot of a running search, for a progress display: handed to the listener set with {@link
 * SettingsBuilder#progressListener} when a trial finishes and every 200 ms (the overhead
 * charger's period) while the search runs.
 *
 * @param trialsFinished trials that ended in this run (succeeded, failed or stopped)
 * @param highestRung the highest rung a finished trial ran at, or -1 before any finished
 * @param spentKgCO2e what the ledger has charged so far, trials and overhead
 * @param remainingKgCO2e what is left of the budget, never negative
 * @param bestAccuracySoFar the best validation accuracy of a finished trial at any fidelity, or
 *     NaN before any succeeded
 */
public record SearchProgress(
    int trialsFinished,
    int highestRung,
    double spentKgCO2e,
    double remainingKgCO2e,
    double bestAccuracySoFar) {

  /** Validates the counts and figures. */
  public SearchProgress {
    if (trialsFinished < 0) {
      throw new IllegalArgumentException(
          "trials finished must be non-negative, found " + trialsFinished);
    }
    if (highestRung < -1) {
      throw new IllegalArgumentException("highest rung must be at least -1, found " + highestRung);
    }
    if (!(spentKgCO2e >= 0) || !(remainingKgCO2e >= 0)) {
      throw new IllegalArgumentException(
          "spent and remaining kg CO2e must be non-negative, found " + spentKgCO2e + " and "
              + remainingKgCO2e);
    }
  }
}
