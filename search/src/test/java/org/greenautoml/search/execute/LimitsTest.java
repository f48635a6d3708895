package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.greenautoml.search.execute.SearchLimit.RunState;
import org.junit.jupiter.api.Test;

final class LimitsTest {

  private static RunState state(long elapsedNanos, int started, int running, boolean spent) {
    return new RunState(elapsedNanos, started, running, spent);
  }

  @Test
  void byTrialCount_refusesStartsAtTheCountAndIsReachedWhenNoneRuns() {
    SearchLimit limit = Limits.byTrialCount(3);
    assertThat(limit.allowsStart(state(0, 2, 1, false))).isTrue();
    assertThat(limit.allowsStart(state(0, 3, 1, false))).isFalse();
    assertThat(limit.reached(state(0, 3, 1, false))).isEmpty();
    assertThat(limit.reached(state(0, 3, 0, false))).contains(StopReason.TRIAL_LIMIT);
  }

  @Test
  void byWallTime_givesItsDeadlineAndIsReachedAtIt() {
    SearchLimit limit = Limits.byWallTime(Duration.ofNanos(1_000));
    assertThat(limit.nanosLeft(state(400, 0, 0, false))).hasValue(600);
    assertThat(limit.reached(state(999, 0, 0, false))).isEmpty();
    assertThat(limit.reached(state(1_000, 0, 0, false))).contains(StopReason.TIME_LIMIT);
  }

  @Test
  void byBudget_isReachedWhenTheLedgerIsSpent() {
    assertThat(Limits.byBudget().reached(state(0, 0, 0, true))).contains(StopReason.BUDGET);
    assertThat(Limits.byBudget().reached(state(0, 0, 0, false))).isEmpty();
  }

  @Test
  void firstOf_reportsTheFirstReachedInOrderAndTheNearestDeadline() {
    SearchLimit combined =
        Limits.firstOf(
            List.of(
                Limits.byBudget(),
                Limits.byWallTime(Duration.ofNanos(500)),
                Limits.byWallTime(Duration.ofNanos(200)),
                Limits.byTrialCount(1)));
    RunState spentLate = state(800, 1, 0, true);
    assertThat(combined.reached(spentLate)).contains(StopReason.BUDGET);
    assertThat(combined.reached(state(800, 0, 0, false))).contains(StopReason.TIME_LIMIT);
    assertThat(combined.nanosLeft(state(100, 0, 0, false))).hasValue(100);
    assertThat(combined.allowsStart(state(0, 1, 1, false))).isFalse();
    assertThat(Limits.firstOf(List.of()).reached(spentLate)).isEqualTo(Optional.empty());
  }

  @Test
  void byTrialCount_belowOne_isRefused() {
    assertThatThrownBy(() -> Limits.byTrialCount(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max trials must be at least 1, found 0");
  }
}
