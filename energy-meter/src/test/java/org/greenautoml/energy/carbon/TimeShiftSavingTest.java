package org.greenautoml.energy.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class TimeShiftSavingTest {

  private static final Instant T0 = Instant.parse("2023-03-14T01:00:00Z");
  private static final CarbonAccountant WORLD =
      new CarbonAccountant(CarbonIntensity.of("WORLD", "World", 475, "test", 2019), new Pue(1.5, "test"));

  static LongStream seeds() {
    return LongStream.range(1, 31);
  }

  /**
   * Brute force, second by second: each second of a stretch carries an even share of its energy
   * and is charged at the intensity of that second moved earlier by the waited seconds before it.
   */
  private static double oracleAtOnceKg(CarbonAccountant accountant, List<TimedEnergy> spent,
      List<TimeSpan> waits) {
    CarbonIntensitySeries series = accountant.series().orElseThrow();
    int horizon = (int) Duration.between(series.start(), series.end()).toSeconds();
    long[] waitedBefore = new long[horizon + 1];
    for (int u = 0; u < horizon; u++) {
      Instant v = series.start().plusSeconds(u);
      boolean waiting = waits.stream().anyMatch(w -> !v.isBefore(w.from()) && v.isBefore(w.to()));
      waitedBefore[u + 1] = waitedBefore[u] + (waiting ? 1 : 0);
    }
    double kg = 0;
    for (TimedEnergy e : spent) {
      long seconds = Duration.between(e.from(), e.to()).toSeconds();
      for (long s = 0; s < seconds; s++) {
        Instant t = e.from().plusSeconds(s);
        long waited = waitedBefore[(int) Duration.between(series.start(), t).toSeconds()];
        double kWh = e.joules() / seconds / 3.6e6;
        kg += kWh * accountant.pue().value() * series.intensityAt(t.minusSeconds(waited)) / 1000;
      }
    }
    return kg;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void compare_randomTimelines_matchesPerSecondOracle(long seed) {
    Random random = new Random(seed);
    double[] grams = new double[12];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = 50 + random.nextInt(400);
    }
    CarbonIntensitySeries series =
        CarbonIntensitySeries.of("s", T0, Duration.ofMinutes(5), grams);
    CarbonAccountant accountant = WORLD.withSeries(series);
    List<TimedEnergy> spent = new ArrayList<>();
    List<TimeSpan> waits = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      Instant from = T0.plusSeconds(random.nextInt(3000));
      spent.add(new TimedEnergy(from, from.plusSeconds(1 + random.nextInt(500)),
          random.nextDouble() * 1e4));
      Instant waitFrom = T0.plusSeconds(random.nextInt(3000));
      waits.add(new TimeSpan(waitFrom, waitFrom.plusSeconds(random.nextInt(400))));
    }
    TimeShiftSaving saving = TimeShiftSaving.compare(accountant, spent, waits);
    assertThat(saving.atOnceKgCO2e())
        .isCloseTo(oracleAtOnceKg(accountant, spent, waits), within(1e-12));
    double emitted = spent.stream().mapToDouble(e -> series.gramsCO2e(e.from(), e.to(),
        e.joules()) * 1.5 / 1000).sum();
    assertThat(saving.emittedKgCO2e()).isCloseTo(emitted, within(1e-12));
  }

  @Test
  void compare_trialAfterAWaitIntoACleanerHour_savesTheDifference() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofHours(1), new double[] {400, 100});
    // waited the first hour, then ran one kWh in ten minutes of the clean hour
    Instant start = T0.plus(Duration.ofHours(1));
    TimeShiftSaving saving = TimeShiftSaving.compare(WORLD.withSeries(series),
        List.of(new TimedEnergy(start, start.plusSeconds(600), 3.6e6)),
        List.of(new TimeSpan(T0, start)));
    assertThat(saving.emittedKgCO2e()).isCloseTo(0.150, within(1e-12));
    assertThat(saving.atOnceKgCO2e()).isCloseTo(0.600, within(1e-12));
    assertThat(saving.savedKgCO2e()).isCloseTo(0.450, within(1e-12));
    assertThat(saving.waited()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void compare_noWaits_savesNothing() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(30), new double[] {400, 100, 250});
    TimeShiftSaving saving = TimeShiftSaving.compare(WORLD.withSeries(series),
        List.of(new TimedEnergy(T0.plusSeconds(100), T0.plusSeconds(4000), 5e5)), List.of());
    assertThat(saving.savedKgCO2e()).isZero();
    assertThat(saving.waited()).isZero();
  }
}
