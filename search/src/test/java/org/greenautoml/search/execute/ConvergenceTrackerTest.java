package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.api.Test;

final class ConvergenceTrackerTest {

  private static final Objectives TWO =
      Objectives.of(Objective.minimize("error"), Objective.minimize("energy"));

  private static TrialOutcome top(int id, double error, double energy) {
    Trial trial = new Trial(id, Configuration.of(Map.of("x", id)), 0, 1.0, 0);
    return TrialOutcome.succeeded(trial, ObjectiveVector.of(error, energy), 1e-9);
  }

  /** Each trial is cheaper and a little less accurate than every earlier one: a new front point. */
  private static int trialsUntilConverged(ConvergenceRule rule) {
    ConvergenceTracker tracker = new ConvergenceTracker(rule, trial -> "one");
    tracker.accept(top(0, 0.10, 1000));
    for (int i = 1; i < 15; i++) {
      if (tracker.converged()) {
        return i;
      }
      tracker.accept(top(i, 0.10 + 0.0001 * i, 1000 - 50 * i));
    }
    return 15;
  }

  @Test
  void converged_frontGainsCheaperPointsButTheBestStalls_stopsAfterTheBestPatience() {
    assertThat(trialsUntilConverged(new ConvergenceRule(TWO, 5, 0.05, 1.0, 0, 0)))
        .as("on the front alone every cheaper point counts as progress")
        .isEqualTo(15);
    assertThat(trialsUntilConverged(new ConvergenceRule(TWO, 5, 0.05, 1.0, 0, 5)))
        .as("the best error stopped improving at the first trial")
        .isEqualTo(6);
  }

  @Test
  void converged_theBestKeepsImproving_doesNotStopOnTheBestPatience() {
    ConvergenceTracker tracker =
        new ConvergenceTracker(new ConvergenceRule(TWO, 50, 0.05, 1.0, 0, 3), trial -> "one");
    for (int i = 0; i < 15; i++) {
      tracker.accept(top(i, 0.5 - 0.01 * i, 100));
      assertThat(tracker.converged()).as("after trial %d", i).isFalse();
    }
  }

  @Test
  void converged_aBestFamilyNeverAtTheTop_waitsTwiceTheBestPatience() {
    ConvergenceTracker tracker =
        new ConvergenceTracker(new ConvergenceRule(TWO, 100, 0.05, 1.0, 1, 4),
            trial -> trial.fidelity() < 1 ? "low-only" : "top");
    // the family that is best at the lowest fidelity never reaches the top
    tracker.accept(TrialOutcome.succeeded(
        new Trial(99, Configuration.of(Map.of("x", 99)), 0, 0.1, 0), ObjectiveVector.of(0.01, 1),
        1e-9));
    int i = 0;
    while (!tracker.converged() && i < 100) {
      tracker.accept(top(i, 0.2, 100 - i));
      i++;
    }
    assertThat(i).isEqualTo(1 + 2 * 4);
  }

  @Test
  void bestPatience_negative_isRefused() {
    assertThatThrownBy(() -> new ConvergenceRule(TWO, 5, 0.05, 1.0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("best patience must be non-negative, found -1");
  }
}
