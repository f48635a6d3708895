package org.greenautoml.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.CarbonTimeline;
import org.greenautoml.SearchSettings;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeShiftSaving;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.energy.carbon.TimedEnergy;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.search.timing.SearchClock;
import org.greenautoml.search.timing.StartGate;

/**
 * The engine's carbon-aware timing, assembled from its settings: the search clock (system, replay
 * or injected), the accountant (charging by time with a series), and the start gate (none without
 * a series; with one, the series' own end, the pause threshold and the finish-by deadline).
 */
final class CarbonTiming {

  /** The share of the finish-by window assumed to be needed before the search has a pace. */
  static final double INITIAL_WINDOW_SHARE = 0.25;

  private final SearchSettings settings;
  private final SearchClock clock;

  CarbonTiming(SearchSettings settings) {
    this.settings = settings;
    this.clock = settings.clock().orElseGet(
        () -> settings.startAt().map(SearchClock::replay).orElseGet(SearchClock::system));
  }

  SearchClock clock() {
    return clock;
  }

  /** The accountant: the annual value, charging by time when there is a series. */
  CarbonAccountant accountant() {
    CarbonAccountant annual = new CarbonAccountant(settings.intensity(), settings.pue());
    return settings.intensitySeries().map(annual::withSeries).orElse(annual);
  }

  /**
   * The gate for a search that starts at {@code start}.
   *
   * @throws org.greenautoml.energy.carbon.IntensitySeriesException if the series does not cover
   *     the search's start and its time limit or deadline
   * @throws GreenAutoMLException if the deadline is not after the start
   */
  StartGate gate(Instant start) {
    if (settings.intensitySeries().isEmpty()) {
      return StartGate.ALWAYS_OPEN;
    }
    CarbonIntensitySeries series = settings.intensitySeries().get();
    Instant end = start;
    if (settings.timeLimit().isPresent()) {
      end = start.plus(settings.timeLimit().get());
    }
    if (settings.finishBy().isPresent()) {
      Instant deadline = settings.finishBy().get();
      if (!deadline.isAfter(start)) {
        throw new GreenAutoMLException("the finish-by time " + deadline + " must be after the"
            + " search's start " + start);
      }
      end = settings.timeLimit().isPresent() && end.isBefore(deadline) ? end : deadline;
    }
    series.requireCovers(start, end, "the search");
    StartGate gate = StartGate.pauseAbove(series, CarbonIntensitySeries.MAX_GRAMS_PER_KWH);
    if (settings.pauseAboveGramsPerKWh().isPresent()) {
      gate = gate.and(StartGate.pauseAbove(series, settings.pauseAboveGramsPerKWh().getAsDouble()));
    }
    if (settings.finishBy().isPresent()) {
      Duration window = Duration.between(start, settings.finishBy().get());
      Duration estimate = Duration.ofNanos(Math.max(60_000_000_000L,
          (long) (window.toNanos() * INITIAL_WINDOW_SHARE)));
      gate = gate.and(StartGate.finishBy(series, settings.finishBy().get(), estimate));
    }
    return gate;
  }

  /**
   * The timeline of a search charged by time.
   *
   * @param accountant the search's accountant, with its series
   * @param spans when each trial ran, by id
   * @param waits when the search waited
   * @param trialCosts what each trial was charged, kg CO2e, by id
   * @param trialJoules the measured energy of a trial, by id, where known (else it is derived
   *     from its cost and the intensity of its span)
   * @param overhead the overhead stretches with their spans
   */
  CarbonTimeline timeline(CarbonAccountant accountant, Map<Integer, TimeSpan> spans,
      List<TimeSpan> waits, Map<Integer, Double> trialCosts, Map<Integer, Double> trialJoules,
      List<TimedEnergy> overhead) {
    CarbonIntensitySeries series = accountant.series().orElseThrow(
        () -> new IllegalArgumentException("accountant must have an intensity series"));
    Map<Integer, Double> grams = new LinkedHashMap<>();
    List<TimedEnergy> spent = new ArrayList<>(overhead);
    for (Map.Entry<Integer, Double> cost : trialCosts.entrySet()) {
      TimeSpan span = spans.get(cost.getKey());
      if (span == null) {
        continue;
      }
      grams.put(cost.getKey(), accountant.intensityOver(span.from(), span.to()));
      Double joules = trialJoules.get(cost.getKey());
      double measured = joules != null ? joules : joulesOf(cost.getValue(), span, accountant);
      spent.add(new TimedEnergy(span.from(), span.to(), measured));
    }
    return new CarbonTimeline(series, settings.pauseAboveGramsPerKWh(), settings.finishBy(),
        settings.startAt(), spans, grams, waits, TimeShiftSaving.compare(accountant, spent, waits));
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
}
