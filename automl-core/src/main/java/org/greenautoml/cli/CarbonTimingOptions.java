package org.greenautoml.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.greenautoml.GreenAutoML;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import picocli.CommandLine.Option;

/**
 * {@code fit}'s carbon-aware timing options (see {@code docs/carbon-aware.md}): an intensity series
 * to charge each trial at the intensity of the time it ran, and the policies that move trials to
 * cleaner hours. A picocli mixin.
 */
final class CarbonTimingOptions {

  @Option(names = "--intensity-series", paramLabel = "FILE",
      description = "Carbon intensity over time: CSV of timestamp,g_co2e_per_kwh[,kind]. Each"
          + " trial is charged at the intensity of the time it ran (default: the region's annual"
          + " average).")
  Path series;

  @Option(names = "--pause-above", paramLabel = "G",
      description = "Start no trial while the series is above G gCO2e/kWh; running trials finish,"
          + " the search waits and goes on when it drops (or stops at --time-limit).")
  Double pauseAbove;

  @Option(names = "--finish-by", paramLabel = "TIME",
      description = "Run the search in the cleanest hours of the series before TIME (ISO-8601"
          + " with an offset, e.g. 2023-03-16T06:00:00Z).")
  String finishBy;

  @Option(names = "--start-at", paramLabel = "TIME",
      description = "Replay: run as if the search started at TIME (ISO-8601 with an offset), so"
          + " that a past series applies. Time runs at real speed from there.")
  String startAt;

  /** Applies the options to the engine, checking that they fit together. */
  void applyTo(GreenAutoML.Builder engine) {
    if (series == null) {
      for (String option : new String[] {
          pauseAbove != null ? "--pause-above" : null,
          finishBy != null ? "--finish-by" : null,
          startAt != null ? "--start-at" : null}) {
        if (option != null) {
          throw new UserError(option + " needs --intensity-series FILE");
        }
      }
      return;
    }
    engine.intensitySeries(CarbonIntensitySeries.read(series));
    if (pauseAbove != null) {
      engine.pauseAbove(pauseAbove);
    }
    time("--finish-by", finishBy).ifPresent(engine::finishBy);
    time("--start-at", startAt).ifPresent(engine::startAt);
  }

  static Optional<Instant> time(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip().replace(' ', 'T')).toInstant());
    } catch (DateTimeParseException e) {
      throw new UserError(option + " must be an ISO-8601 time with an offset or Z, such as"
          + " 2023-03-16T06:00:00Z, found '" + text + "'");
    }
  }
}
