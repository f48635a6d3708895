package org.greenautoml.energy.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class CarbonIntensitySeriesTest {

  private static final Instant T0 = Instant.parse("2023-03-14T01:00:00Z");

  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  /** A random series of whole-minute steps and whole-gram values. */
  static CarbonIntensitySeries randomSeries(Random random) {
    Duration step = Duration.ofMinutes(5 + random.nextInt(56));
    double[] grams = new double[1 + random.nextInt(12)];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = random.nextInt(800);
    }
    return CarbonIntensitySeries.of("random", T0.plusSeconds(random.nextInt(3600)), step, grams);
  }

  /** A random whole-second instant inside the series. */
  static Instant randomInstant(Random random, CarbonIntensitySeries series) {
    long seconds = Duration.between(series.start(), series.end()).toSeconds();
    return series.start().plusSeconds(random.nextLong(seconds));
  }

  /** Brute force: the mean of the intensity of every second of [from, to). */
  private static double oracleMean(CarbonIntensitySeries series, Instant from, Instant to) {
    double sum = 0;
    long seconds = Duration.between(from, to).toSeconds();
    for (long s = 0; s < seconds; s++) {
      Instant t = from.plusSeconds(s);
      int i = (int) (Duration.between(series.start(), t).toSeconds() / series.step().toSeconds());
      sum += series.gramsPerKWh(i);
    }
    return sum / seconds;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void meanIntensity_randomIntervals_matchesPerSecondOracle(long seed) {
    Random random = new Random(seed);
    CarbonIntensitySeries series = randomSeries(random);
    for (int k = 0; k < 10; k++) {
      Instant a = randomInstant(random, series);
      Instant b = randomInstant(random, series);
      Instant from = a.isBefore(b) ? a : b;
      Instant to = a.isBefore(b) ? b : a;
      if (from.equals(to)) {
        to = series.end();
      }
      assertThat(series.meanIntensity(from, to))
          .isCloseTo(oracleMean(series, from, to), within(1e-9));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void gramsCO2e_intervalSplitAnywhere_piecesAddUpToWhole(long seed) {
    Random random = new Random(seed);
    CarbonIntensitySeries series = randomSeries(random);
    Instant from = series.start().plusSeconds(random.nextInt(60));
    Instant to = series.end().minusSeconds(random.nextInt(60));
    Instant cut = from.plusSeconds(random.nextLong(Duration.between(from, to).toSeconds()));
    double joules = 1e3 + random.nextDouble() * 1e6;
    double share = (double) Duration.between(from, cut).toNanos()
        / Duration.between(from, to).toNanos();
    double pieces = series.gramsCO2e(from, cut, joules * share)
        + series.gramsCO2e(cut, to, joules * (1 - share));
    assertThat(pieces).isCloseTo(series.gramsCO2e(from, to, joules), within(1e-9));
  }

  @Test
  void gramsCO2e_oneKWhInsideOneInterval_isThatIntervalsIntensity() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(30), new double[] {100, 300});
    assertThat(series.gramsCO2e(T0.plusSeconds(60), T0.plusSeconds(120), 3.6e6))
        .isEqualTo(100.0);
    // 10 minutes in each interval: half the energy at 100, half at 300
    assertThat(series.gramsCO2e(T0.plusSeconds(20 * 60), T0.plusSeconds(40 * 60), 3.6e6))
        .isCloseTo(200.0, within(1e-9));
  }

  @Test
  void meanIntensityHeld_overrunPastTheEnd_chargedAtTheLastValue() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(30), new double[] {100, 300});
    Instant end = series.end();
    // 30 minutes inside at 300, 30 minutes after the end held at 300, 60 before at 100
    assertThat(series.meanIntensityHeld(end.minusSeconds(1800), end.plusSeconds(1800)))
        .isEqualTo(300);
    assertThat(series.meanIntensityHeld(T0.minusSeconds(3600), T0.plusSeconds(1800)))
        .isEqualTo(100);
    assertThat(series.meanIntensityHeld(T0.minusSeconds(1800), end.plusSeconds(1800)))
        .isCloseTo((100 + 100 + 300 + 300) / 4.0, within(1e-9));
    assertThat(series.meanIntensityHeld(end.plusSeconds(10), end.plusSeconds(10))).isEqualTo(300);
    assertThat(series.meanIntensityHeld(T0.plusSeconds(60), T0.plusSeconds(2400)))
        .isEqualTo(series.meanIntensity(T0.plusSeconds(60), T0.plusSeconds(2400)));
  }

  @Test
  void intensityAt_intervalBoundary_belongsToTheLaterInterval() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(30), new double[] {100, 300});
    assertThat(series.intensityAt(T0.plus(Duration.ofMinutes(30)).minusNanos(1))).isEqualTo(100);
    assertThat(series.intensityAt(T0.plus(Duration.ofMinutes(30)))).isEqualTo(300);
    assertThat(series.meanIntensity(T0.plusSeconds(1800), T0.plusSeconds(1800))).isEqualTo(300);
  }

  @Test
  void requireCovers_intervalPastTheEnd_namesBothIntervals() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "gb.csv", T0, Duration.ofMinutes(30), new double[] {100, 300});
    assertThat(series.covers(T0, series.end())).isTrue();
    assertThat(series.covers(series.end(), series.end())).isFalse();
    assertThatThrownBy(() -> series.requireCovers(T0, T0.plus(Duration.ofHours(2)), "the search"))
        .isInstanceOf(IntensitySeriesException.class)
        .hasMessageContaining("gb.csv")
        .hasMessageContaining("covers 2023-03-14T01:00:00Z to 2023-03-14T02:00:00Z")
        .hasMessageContaining("the search runs from 2023-03-14T01:00:00Z to 2023-03-14T03:00:00Z");
  }

  @Test
  void firstAtOrBelow_dirtyNow_givesStartOfFirstCleanInterval() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(15), new double[] {300, 250, 120, 400, 90});
    assertThat(series.firstAtOrBelow(T0.plusSeconds(10), 150))
        .contains(T0.plus(Duration.ofMinutes(30)));
    assertThat(series.firstAtOrBelow(T0.plus(Duration.ofMinutes(35)), 150))
        .contains(T0.plus(Duration.ofMinutes(35)));
    assertThat(series.firstAtOrBelow(T0, 50)).isEmpty();
  }

  @Test
  void of_valueAboveTheBelievable_isRefusedWithTheValue() {
    assertThatThrownBy(() -> CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(15), new double[] {300, 2500}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series value 1 must be at most 2000")
        .hasMessageContaining("2500");
    assertThatThrownBy(() -> CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(2), new double[] {300}))
        .hasMessageContaining("step must be between 5 minutes and 1 hour, found PT2M");
  }
}
