package org.greenautoml.engine;

import java.util.Optional;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.journal.SearchJournal;

/**
 * Where a search's overhead goes: energy spent outside trials (data preparation, scheduling,
 * worker start-up) is charged to the ledger at once and journalled at each {@link #flush()}, so
 * that a search killed and resumed keeps it charged. What a kill loses is what was charged since
 * the last flush. Thread-safe.
 */
final class OverheadAccount {

  private final CarbonLedger ledger;
  private final CarbonAccountant accountant;
  private final Optional<SearchJournal> journal;
  private double chargedJoules;
  private double pendingJoules;
  private double pendingKgCO2e;

  OverheadAccount(CarbonLedger ledger, CarbonAccountant accountant, Optional<SearchJournal> journal) {
    this.ledger = ledger;
    this.accountant = accountant;
    this.journal = journal;
  }

  /** Charges {@code joules} of overhead to the ledger; journalled at the next flush. */
  synchronized void charge(double joules) {
    if (!(joules > 0)) {
      return;
    }
    double kgCO2e = accountant.footprintOf(joules / EnergyReading.JOULES_PER_KWH).kgCO2e();
    ledger.chargeOverhead(kgCO2e);
    chargedJoules += joules;
    pendingJoules += joules;
    pendingKgCO2e += kgCO2e;
  }

  /**
   * Charges {@code kgCO2e} that is not energy (the embodied share, when the user asks for it to be
   * charged) to the ledger; journalled with the overhead at the next flush.
   */
  synchronized void chargeKgCO2e(double kgCO2e) {
    if (!(kgCO2e > 0)) {
      return;
    }
    ledger.chargeOverhead(kgCO2e);
    pendingKgCO2e += kgCO2e;
  }

  /** Journals what was charged since the last flush, if anything was and there is a journal. */
  synchronized void flush() {
    if ((pendingJoules > 0 || pendingKgCO2e > 0) && journal.isPresent()) {
      journal.get().overheadCharged(pendingJoules, pendingKgCO2e);
    }
    pendingJoules = 0;
    pendingKgCO2e = 0;
  }

  /** How joules become kg CO2e in this search. */
  CarbonAccountant accountant() {
    return accountant;
  }

  /**
   * All the search's overhead in joules: what this process charged, plus what earlier runs of the
   * same search journalled before they stopped.
   */
  synchronized double totalJoules() {
    return chargedJoules + journal.map(j -> j.replay().overheadJoules()).orElse(0.0);
  }
}
