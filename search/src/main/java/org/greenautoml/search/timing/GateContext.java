package org.greenautoml.search.timing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * What a {@link StartGate} may look at: the time, and how far the search has come.
 *
 * @param now the search clock's time
 * @param spentKgCO2e what the ledger has spent, replayed spending included
 * @param budgetKgCO2e the budget
 * @param activeTime how long trials have been running in this search so far (clock time with at
 *     least one trial running)
 */
public record GateContext(
    Instant now, double spentKgCO2e, double budgetKgCO2e, Duration activeTime) {

  /** Validates. */
  public GateContext {
    requireNonNull(now, "now");
    requireNonNull(activeTime, "activeTime");
    if (!(spentKgCO2e >= 0) || !(budgetKgCO2e > 0)) {
      throw new IllegalArgumentException("spent must be >= 0 and budget > 0 kg CO2e, found "
          + spentKgCO2e + " of " + budgetKgCO2e);
    }
  }

  /** The share of the budget spent, 0 to 1 (more when overspent). */
  public double spentShare() {
    return spentKgCO2e / budgetKgCO2e;
  }
}
