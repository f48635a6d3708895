package org.greenautoml;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
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

  private final GreenAutoML engine;
  private final SearchClock clock;

  CarbonTiming(GreenAutoML engine) {
    this.engine = engine;
    this.clock = engine.clock.orElseGet(
        () -> engine.startAt.map(SearchClock::replay).orElseGet(SearchClock::system));
  }

  SearchClock clock() {
    return clock;
  }

  /** The accountant: the annual value, charging by time when there is a series. */
  CarbonAccountant accountant() {
    CarbonAccountant annual = new CarbonAccountant(engine.intensity, engine.pue);
    return engine.intensitySeries.map(annual::withSeries).orElse(annual);
  }

  /**
   * The gate for a search that starts at {@code start}.
   *
   * @throws org.greenautoml.energy.carbon.IntensitySeriesException if the series does not cover
   *     the search's start and its time limit or deadline
   * @throws GreenAutoMLException if the deadline is not after the start
   */
  StartGate gate(Instant start) {
    if (engine.intensitySeries.isEmpty()) {
      return StartGate.ALWAYS_OPEN;
    }
    CarbonIntensitySeries series = engine.intensitySeries.get();
    Instant end = start;
    if (engine.timeLimit.isPresent()) {
      end = start.plus(engine.timeLimit.get());
    }
    if (engine.finishBy.isPresent()) {
      Instant deadline = engine.finishBy.get();
      if (!deadline.isAfter(start)) {
        throw new GreenAutoMLException("the finish-by time " + deadline + " must be after the"
            + " search's start " + start);
      }
      end = engine.timeLimit.isPresent() && end.isBefore(deadline) ? end : deadline;
    }
    series.requireCovers(start, end, "the search");
    StartGate gate = StartGate.pauseAbove(series, CarbonIntensitySeries.MAX_GRAMS_PER_KWH);
    if (engine.pauseAboveGramsPerKWh.isPresent()) {
      gate = gate.and(StartGate.pauseAbove(series, engine.pauseAboveGramsPerKWh.getAsDouble()));
    }
    if (engine.finishBy.isPresent()) {
      Duration window = Duration.between(start, engine.finishBy.get());
      Duration estimate = Duration.ofNanos(Math.max(60_000_000_000L,
          (long) (window.toNanos() * INITIAL_WINDOW_SHARE)));
      gate = gate.and(StartGate.finishBy(series, engine.finishBy.get(), estimate));
    }
    return gate;
  }

  /** The series, if the search charges by time. */
  Optional<CarbonIntensitySeries> series() {
    return engine.intensitySeries;
  }
}
