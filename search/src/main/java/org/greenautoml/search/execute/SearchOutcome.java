package org.greenautoml.search.execute;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.greenautoml.search.journal.JournalTiming;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * The result of a search.
 *
 * @param outcomes every trial's outcome in finish order (replayed ones first, as they were)
 * @param stopReason why the search ended
 * @param spentKgCO2e everything charged to the ledger, replayed energy included
 * @param replayedTrials how many outcomes came from the journal instead of being run
 * @param timing when the trials ran and the search waited on its clock, replayed ones included
 *     (overhead spans only as far as the journal had them)
 */
public record SearchOutcome(List<TrialOutcome> outcomes, StopReason stopReason, double spentKgCO2e,
    int replayedTrials, JournalTiming timing) {

  /** Copies the outcomes. */
  public SearchOutcome {
    outcomes = List.copyOf(outcomes);
    requireNonNull(stopReason, "stopReason");
    requireNonNull(timing, "timing");
  }

  /** An outcome with no timing. */
  public SearchOutcome(
      List<TrialOutcome> outcomes, StopReason stopReason, double spentKgCO2e, int replayedTrials) {
    this(outcomes, stopReason, spentKgCO2e, replayedTrials, JournalTiming.EMPTY);
  }
}
