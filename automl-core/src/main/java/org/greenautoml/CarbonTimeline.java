package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeShiftSaving;
import org.greenautoml.energy.carbon.TimeSpan;

/**
 * How a search charged by time: the intensity series it ran against, its policies, when each trial
 * ran and the intensity it was charged at, when it waited, and what the waiting saved against
 * running the same measured energy at once from the start ({@link TimeShiftSaving}, both from the
 * series). Present in a {@link SearchResult} only when the search had an intensity series.
 *
 * @param series the intensity series
 * @param pauseAboveGramsPerKWh the pause threshold, if one was set
 * @param finishBy the finish-by deadline, if one was set
 * @param replayStartAt the time a replayed search started at ({@code startAt}), if it was a replay
 * @param trialSpans when each trial ran on the search clock, by trial id
 * @param trialGramsPerKWh the intensity that applied to each trial, by trial id: the series'
 *     time-weighted mean over its span, the rate its energy was charged at
 * @param waits the spans the search waited with no trial running
 * @param saving the emissions as run against the emissions had it run at once
 */
public record CarbonTimeline(
    CarbonIntensitySeries series,
    OptionalDouble pauseAboveGramsPerKWh,
    Optional<Instant> finishBy,
    Optional<Instant> replayStartAt,
    Map<Integer, TimeSpan> trialSpans,
    Map<Integer, Double> trialGramsPerKWh,
    List<TimeSpan> waits,
    TimeShiftSaving saving) {

  /** Checks and copies. */
  public CarbonTimeline {
    requireNonNull(series, "series");
    requireNonNull(pauseAboveGramsPerKWh, "pauseAboveGramsPerKWh");
    requireNonNull(finishBy, "finishBy");
    requireNonNull(replayStartAt, "replayStartAt");
    trialSpans = Collections.unmodifiableMap(new LinkedHashMap<>(trialSpans));
    trialGramsPerKWh = Collections.unmodifiableMap(new LinkedHashMap<>(trialGramsPerKWh));
    waits = List.copyOf(waits);
    requireNonNull(saving, "saving");
  }

  /** The intensity that applied to trial {@code id}, gCO2e/kWh, if its span is known. */
  public OptionalDouble gramsPerKWh(int id) {
    Double g = trialGramsPerKWh.get(id);
    return g == null ? OptionalDouble.empty() : OptionalDouble.of(g);
  }

  /** When trial {@code id} ran, if the search recorded it. */
  public Optional<TimeSpan> span(int id) {
    return Optional.ofNullable(trialSpans.get(id));
  }

  /** What waiting for cleaner hours saved, in g CO2e (negative when it cost). */
  public double savedGrams() {
    return saving.savedKgCO2e() * 1000;
  }
}
