package org.greenautoml.search.execute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.journal.JournalReplay;
import org.greenautoml.search.journal.SearchJournal;
import org.greenautoml.search.timing.GateContext;
import org.greenautoml.search.timing.GateDecision;
import org.greenautoml.search.timing.SearchClock;
import org.greenautoml.search.timing.StartGate;

/**
 * The run loop's side of the start gate: asks it before a trial starts, journals the pauses and
 * resumptions, keeps the active time the gate sees, and waits while the search is paused with
 * nothing running. A journal that ends paused resumes paused, its wait going on from where it
 * began. Used by the coordinator thread only.
 */
final class GateKeeper {

  private static final System.Logger LOG = System.getLogger(SearchRunner.class.getName());

  private final StartGate gate;
  private final SearchClock clock;
  private final CarbonLedger ledger;
  private final Optional<SearchJournal> journal;
  private Duration active = Duration.ZERO;
  private Instant lastTick;
  private boolean paused;
  private Instant waitingFrom;
  private GateDecision last = GateDecision.open(Optional.empty());
  private final List<TimeSpan> waits = new ArrayList<>();

  GateKeeper(StartGate gate, SearchClock clock, CarbonLedger ledger,
      Optional<SearchJournal> journal, JournalReplay replay) {
    this.gate = gate;
    this.clock = clock;
    this.ledger = ledger;
    this.journal = journal;
    this.lastTick = clock.instant();
    this.paused = replay.timing().openPause().isPresent();
    this.waitingFrom = replay.timing().openWaitFrom().orElse(null);
    this.waits.addAll(replay.timing().waits());
  }

  /** The spans waited so far, the journal's included. */
  List<TimeSpan> waits() {
    return List.copyOf(waits);
  }

  /** When the search paused, if it is paused now. */
  Optional<Instant> waitingFrom() {
    return Optional.ofNullable(waitingFrom);
  }

  /** Counts clock time with a trial running as active time; called once per loop turn. */
  void tick(boolean anyRunning) {
    Instant now = clock.instant();
    if (anyRunning && now.isAfter(lastTick)) {
      active = active.plus(Duration.between(lastTick, now));
    }
    lastTick = now;
    if (paused && !anyRunning && waitingFrom == null) {
      waitingFrom = now;
    }
  }

  /**
   * Whether a trial may start now; journals a pause when the gate closes and its end.
   *
   * @param anyRunning whether a trial is running (a wait begins when none is)
   */
  boolean mayStart(boolean anyRunning) {
    Instant now = clock.instant();
    last = gate.check(new GateContext(now, ledger.spentKgCO2e(), ledger.budgetKgCO2e(), active));
    if (last.open()) {
      if (paused) {
        Optional<Instant> waited = Optional.ofNullable(waitingFrom);
        journal.ifPresent(j -> j.searchResumed(now, waited));
        waited.filter(t -> !t.isAfter(now)).ifPresent(t -> waits.add(new TimeSpan(t, now)));
        LOG.log(System.Logger.Level.INFO, "search goes on at {0}", now);
      }
      paused = false;
      waitingFrom = null;
      return true;
    }
    if (!paused) {
      journal.ifPresent(j -> j.searchPaused(now, last.reason(), last.reopensAt(),
          last.gramsPerKWh()));
      LOG.log(System.Logger.Level.INFO, "search paused at {0}: {1}", now, last.reason());
      paused = true;
    }
    if (!anyRunning && waitingFrom == null) {
      waitingFrom = now;
    }
    return false;
  }

  /** Whether the last answer closed the gate for good. */
  boolean closedForGood() {
    return !last.open() && last.closedForGood();
  }

  /** Whether the search is paused. */
  boolean paused() {
    return paused;
  }

  /** When the closed gate expects to open, if it is closed and will. */
  Optional<Instant> reopensAt() {
    return paused ? last.reopensAt() : Optional.empty();
  }

  /** Waits, with nothing running, until the gate should open or {@code deadline}, if sooner. */
  void waitIdle(Optional<Instant> deadline) throws InterruptedException {
    Instant until = reopensAt().orElse(Instant.MAX);
    if (deadline.isPresent() && deadline.get().isBefore(until)) {
      until = deadline.get();
    }
    if (until.equals(Instant.MAX)) {
      throw new IllegalStateException("asked to wait for a gate that will not open");
    }
    clock.sleepUntil(until);
  }

  /** The clock. */
  SearchClock clock() {
    return clock;
  }
}
