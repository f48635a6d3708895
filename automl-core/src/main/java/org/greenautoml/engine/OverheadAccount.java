package org.greenautoml.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.energy.carbon.TimedEnergy;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.journal.SearchJournal;

/**
 * Where a search's overhead goes: energy spent outside trials (data preparation, scheduling,
 * worker start-up) is charged to the ledger at once and journalled at each {@link #flush()}, so
 * that a search killed and resumed keeps it charged. What a kill loses is what was charged since
 * the last flush. Each charge covers the search clock's time since the previous one, so with an
 * intensity series it is converted at the intensity of that stretch, and each journalled overhead
 * event carries its span. Thread-safe.
 */
final class OverheadAccount {

  private final CarbonLedger ledger;
  private final CarbonAccountant accountant;
  private final Optional<SearchJournal> journal;
  private final InstantSource clock;
  private double chargedJoules;
  private double pendingJoules;
  private double pendingKgCO2e;
  private Instant lastChargeAt;
  private Instant pendingFrom;
  private final List<TimedEnergy> spans = new ArrayList<>();

  /** Consecutive overhead stretches are joined up to this length in {@link #spans()}. */
  static final Duration JOIN_UP_TO = Duration.ofMinutes(1);

  OverheadAccount(CarbonLedger ledger, CarbonAccountant accountant, Optional<SearchJournal> journal) {
    this(ledger, accountant, journal, InstantSource.system());
  }

  OverheadAccount(CarbonLedger ledger, CarbonAccountant accountant, Optional<SearchJournal> journal,
      InstantSource clock) {
    this.ledger = ledger;
    this.accountant = accountant;
    this.journal = journal;
    this.clock = clock;
    this.lastChargeAt = clock.instant();
    this.pendingFrom = lastChargeAt;
  }

  /** Charges {@code joules} of overhead to the ledger; journalled at the next flush. */
  synchronized void charge(double joules) {
    if (!(joules > 0)) {
      return;
    }
    Instant now = clock.instant();
    Instant from = lastChargeAt.isAfter(now) ? now : lastChargeAt;
    double kgCO2e =
        accountant.footprintOf(joules / EnergyReading.JOULES_PER_KWH, from, now).kgCO2e();
    lastChargeAt = now;
    remember(new TimedEnergy(from, now, joules));
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
      Instant to = lastChargeAt.isBefore(pendingFrom) ? pendingFrom : lastChargeAt;
      journal.get().overheadCharged(pendingJoules, pendingKgCO2e, new TimeSpan(pendingFrom, to));
    }
    if (pendingJoules > 0) {
      pendingFrom = lastChargeAt;
    }
    pendingJoules = 0;
    pendingKgCO2e = 0;
  }

  private void remember(TimedEnergy e) {
    TimedEnergy last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
    if (last != null && last.to().equals(e.from())
        && Duration.between(last.from(), e.to()).compareTo(JOIN_UP_TO) <= 0) {
      spans.set(spans.size() - 1, new TimedEnergy(last.from(), e.to(), last.joules() + e.joules()));
    } else {
      spans.add(e);
    }
  }

  /**
   * The overhead this process charged, as stretches of the search clock (consecutive ones joined
   * up to {@link #JOIN_UP_TO}), for comparing timelines.
   */
  synchronized List<TimedEnergy> spans() {
    return List.copyOf(spans);
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
