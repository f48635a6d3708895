package org.greenautoml.search.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class CleanestSlotsTest {

  private static final Instant T0 = Instant.parse("2023-03-14T01:00:00Z");

  static LongStream seeds() {
    return LongStream.range(1, 51);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void plan_randomSeries_isTheCheapestSetOfSecondsThatCoversTheNeed(long seed) {
    Random random = new Random(seed);
    double[] grams = new double[2 + random.nextInt(20)];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = random.nextInt(300);
    }
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(15), grams);
    Instant from = T0.plusSeconds(random.nextInt(900));
    Instant to = series.end().minusSeconds(random.nextInt(900));
    Duration needed = Duration.ofSeconds(1 + random.nextInt(3 * 3600));

    List<TimeSpan> plan = CleanestSlots.plan(series, from, to, needed);

    Duration total = plan.stream().map(TimeSpan::length).reduce(Duration.ZERO, Duration::plus);
    Duration window = Duration.between(from, to);
    assertThat(total).isGreaterThanOrEqualTo(needed.compareTo(window) < 0 ? needed : window);
    double worstChosen = 0;
    for (int k = 0; k < plan.size(); k++) {
      TimeSpan slot = plan.get(k);
      assertThat(slot.from()).isBeforeOrEqualTo(slot.to()).isAfterOrEqualTo(from);
      assertThat(slot.to()).isBeforeOrEqualTo(to);
      if (k > 0) {
        assertThat(slot.from()).isAfterOrEqualTo(plan.get(k - 1).to());
      }
      worstChosen = Math.max(worstChosen, series.intensityAt(slot.from()));
    }
    // brute force over every second of the window: no unchosen second is cleaner than a chosen one
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
      Instant s = t;
      boolean chosen = plan.stream().anyMatch(p -> !s.isBefore(p.from()) && s.isBefore(p.to()));
      if (!chosen) {
        assertThat(series.intensityAt(t)).isGreaterThanOrEqualTo(worstChosen);
      }
    }
  }

  @Test
  void finishBy_deadlinePassed_closesForGood() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofHours(1), new double[] {300, 100, 200});
    StartGate gate = StartGate.finishBy(series, T0.plusSeconds(7200), Duration.ofMinutes(30));
    GateDecision first = gate.check(new GateContext(T0, 0, 1, Duration.ZERO));
    assertThat(first.open()).isFalse();
    assertThat(first.reopensAt()).contains(T0.plusSeconds(3600));
    assertThat(gate.check(new GateContext(T0.plusSeconds(3700), 0, 1, Duration.ZERO)).open())
        .isTrue();
    assertThat(gate.check(new GateContext(T0.plusSeconds(7200), 0, 1, Duration.ZERO))
        .closedForGood()).isTrue();
  }

  @Test
  void pauseAbove_dirtyHour_closedUntilTheNextCleanOne() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofMinutes(30), new double[] {300, 250, 90, 400});
    StartGate gate = StartGate.pauseAbove(series, 100);
    GateDecision now = gate.check(new GateContext(T0.plusSeconds(60), 0, 1, Duration.ZERO));
    assertThat(now.open()).isFalse();
    assertThat(now.reopensAt()).contains(T0.plus(Duration.ofHours(1)));
    assertThat(now.gramsPerKWh()).isEqualTo(Optional.of(300.0));
    assertThat(now.reason()).contains("300").contains("100");
    assertThat(gate.check(new GateContext(T0.plus(Duration.ofMinutes(95)), 0, 1, Duration.ZERO))
        .closedForGood()).isTrue();
  }

  @Test
  void and_pauseAboveAndFinishBy_opensOnlyWhenBothDo() {
    CarbonIntensitySeries series = CarbonIntensitySeries.of(
        "s", T0, Duration.ofHours(1), new double[] {300, 100, 200, 50});
    StartGate gate = StartGate.pauseAbove(series, 250)
        .and(StartGate.finishBy(series, T0.plus(Duration.ofHours(4)), Duration.ofMinutes(30)));
    // hour 0 is above 250; hour 3 (50 g) is the cleanest slot for 30 minutes of work
    GateDecision first = gate.check(new GateContext(T0, 0, 1, Duration.ZERO));
    assertThat(first.open()).isFalse();
    assertThat(first.reopensAt()).contains(T0.plus(Duration.ofHours(3)));
    assertThat(gate.check(new GateContext(T0.plus(Duration.ofMinutes(190)), 0, 1,
        Duration.ZERO)).open()).isTrue();
    assertThat(gate.check(new GateContext(T0.plus(Duration.ofHours(4)), 0, 1, Duration.ZERO))
        .closedForGood()).isTrue();
  }

  @Test
  void replayClock_startsAtTheGivenInstantAndRunsAtRealSpeed() throws InterruptedException {
    SearchClock clock = SearchClock.replay(T0);
    Instant first = clock.instant();
    assertThat(Duration.between(T0, first)).isLessThan(Duration.ofSeconds(1));
    clock.sleepUntil(first.plusMillis(20));
    assertThat(clock.instant()).isAfterOrEqualTo(first.plusMillis(20));
    SimulatedClock simulated = new SimulatedClock(T0);
    simulated.sleepUntil(T0.plus(Duration.ofHours(6)));
    assertThat(simulated.instant()).isEqualTo(T0.plus(Duration.ofHours(6)));
  }
}
