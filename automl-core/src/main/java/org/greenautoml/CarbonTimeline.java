package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeShiftSaving;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.energy.carbon.TimedEnergy;

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

  /**
   * The timeline of a search.
   *
   * @param policies the timing settings the search ran with
   * @param accountant the search's accountant, with its series
   * @param spans when each trial ran, by id
   * @param waits when the search waited
   * @param trialCosts what each trial was charged, kg CO2e, by id
   * @param trialJoules the measured energy of a trial, by id, where known (else it is derived
   *     from its cost and the intensity of its span)
   * @param overhead the overhead stretches with their spans
   */
  static CarbonTimeline of(Policies policies, CarbonAccountant accountant,
      Map<Integer, TimeSpan> spans, List<TimeSpan> waits, Map<Integer, Double> trialCosts,
      Map<Integer, Double> trialJoules, List<TimedEnergy> overhead) {
    CarbonIntensitySeries series = accountant.series().orElseThrow(
        () -> new IllegalArgumentException("accountant must have an intensity series"));
    Map<Integer, Double> grams = new LinkedHashMap<>();
    List<TimedEnergy> spent = new ArrayList<>(overhead);
    for (Map.Entry<Integer, Double> cost : trialCosts.entrySet()) {
      TimeSpan span = spans.get(cost.getKey());
      Double joules = trialJoules.get(cost.getKey());
      if (span == null) {
        continue;
      }
      grams.put(cost.getKey(), accountant.intensityOver(span.from(), span.to()));
      double measured = joules != null ? joules : joulesOf(cost.getValue(), span, accountant);
      spent.add(new TimedEnergy(span.from(), span.to(), measured));
    }
    return new CarbonTimeline(series, policies.pauseAbove(), policies.finishBy(),
        policies.startAt(), spans, grams, waits, TimeShiftSaving.compare(accountant, spent, waits));
  }

  /** The energy a trial without a measurement must have spent to be charged {@code kgCO2e}. */
  private static double joulesOf(double kgCO2e, TimeSpan span, CarbonAccountant accountant) {
    double gramsPerKWh = accountant.intensityOver(span.from(), span.to());
    if (!(gramsPerKWh > 0)) {
      return 0;
    }
    return kgCO2e * 1000 / (gramsPerKWh * accountant.pue().value())
        * EnergyReading.JOULES_PER_KWH;
  }

  /** The timing settings a timeline records. */
  record Policies(
      OptionalDouble pauseAbove, Optional<Instant> finishBy, Optional<Instant> startAt) {}
}
