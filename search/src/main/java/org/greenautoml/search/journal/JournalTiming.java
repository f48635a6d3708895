package org.greenautoml.search.journal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.energy.carbon.TimedEnergy;

/**
 * The times a journal recorded: when each trial ran, when the search waited for a cleaner hour,
 * when its overhead was spent, and whether it was paused when the journal ends (a paused search
 * that was killed resumes paused, its wait running on through the time it was down). Journals
 * written before times were recorded give empty values.
 *
 * @param trialSpans the search clock's start and end of each ended trial attempt, by trial id
 * @param waits the spans the search waited with no trial running, in journal order
 * @param overhead overhead stretches that carry their span, in journal order
 * @param openPause when the search paused, if it was paused when the journal ends
 * @param openWaitFrom when its wait began (its last running trial ended), if it was waiting then
 * @param lastAt the latest time any event recorded
 */
public record JournalTiming(
    Map<Integer, TimeSpan> trialSpans,
    List<TimeSpan> waits,
    List<TimedEnergy> overhead,
    Optional<Instant> openPause,
    Optional<Instant> openWaitFrom,
    Optional<Instant> lastAt) {

  /** No times. */
  public static final JournalTiming EMPTY = new JournalTiming(Map.of(), List.of(), List.of(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /** Copies. */
  public JournalTiming {
    trialSpans = Collections.unmodifiableMap(new LinkedHashMap<>(trialSpans));
    waits = List.copyOf(waits);
    overhead = List.copyOf(overhead);
    requireNonNull(openPause, "openPause");
    requireNonNull(openWaitFrom, "openWaitFrom");
    requireNonNull(lastAt, "lastAt");
  }
}
