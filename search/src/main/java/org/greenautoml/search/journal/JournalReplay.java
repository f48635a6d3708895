package org.greenautoml.search.journal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * What a journal held when it was opened.
 *
 * @param outcomes finished, failed and stopped trials by id, in finish order
 * @param interruptedAttempts trial starts with no end (the search was killed while they ran)
 * @param interruptedKgCO2e the reservations of those attempts, charged as their cost because the
 *     energy they spent is unknown and the reservation is its upper estimate
 * @param overheadJoules the energy the searches that wrote the journal spent outside trials (data
 *     preparation, scheduling, worker start-up), as journalled by {@link
 *     SearchJournal#overheadCharged}
 * @param overheadKgCO2e the footprint of that energy, as it was charged to the ledger
 * @param tornLine the partial last line that was dropped, if there was one
 * @param timing when trials ran, when the search waited, and whether it ended paused
 */
public record JournalReplay(
    Map<Integer, TrialOutcome> outcomes, int interruptedAttempts, double interruptedKgCO2e,
    double overheadJoules, double overheadKgCO2e, Optional<String> tornLine,
    JournalTiming timing) {

  /** An empty replay, for a new journal. */
  public static final JournalReplay EMPTY = new JournalReplay(
      Map.of(), 0, 0.0, 0.0, 0.0, Optional.empty(), JournalTiming.EMPTY);

  /** Copies the outcomes, keeping their order. */
  public JournalReplay {
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    java.util.Objects.requireNonNull(timing, "timing");
  }

  /** The footprint already spent: finished trials, interrupted attempts and overhead. */
  public double spentKgCO2e() {
    return outcomes.values().stream().mapToDouble(TrialOutcome::costKgCO2e).sum()
        + interruptedKgCO2e + overheadKgCO2e;
  }

  /** What is charged to a resumed search's ledger before it goes on: everything but outcomes. */
  public double chargedBeyondOutcomesKgCO2e() {
    return interruptedKgCO2e + overheadKgCO2e;
  }
}
