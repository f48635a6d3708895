package org.greenautoml.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Observation;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.junit.jupiter.api.Test;

final class DeclineAndRoundsTest {

  private static final FidelityLadder LADDER = new FidelityLadder(1.0 / 9, 1.0, 3);

  private static TrialOutcome succeed(Trial t) {
    return TrialOutcome.succeeded(t, ObjectiveVector.of(SuccessiveHalvingTest.loss(
        t.configuration(), t.fidelity())), 0.0, Measurements.NONE);
  }

  @Test
  void asha_declinedPromotion_goesOnWithNewConfigurations() {
    Scheduler asha = Schedulers.asha(SuccessiveHalvingTest.SPACE, LADDER, SuccessiveHalvingTest.LOSS, 5);
    int declined = 0;
    int newAfterDecline = 0;
    for (int i = 0; i < 60; i++) {
      Trial t = ((Decision.Run) asha.next()).trial();
      if (t.rung() > 0) {
        asha.decline(t); // no promotion is ever affordable
        declined++;
      } else {
        newAfterDecline += declined > 0 ? 1 : 0;
        asha.report(succeed(t));
      }
    }
    assertThat(declined).isPositive();
    assertThat(newAfterDecline).as("new configurations after a declined promotion").isPositive();
  }

  @Test
  void asha_declinedNewConfiguration_doesNotCountTowardsTheLimit() {
    Scheduler asha = Schedulers.asha(SuccessiveHalvingTest.SPACE, LADDER, SuccessiveHalvingTest.LOSS, 5, 1);
    Trial first = ((Decision.Run) asha.next()).trial();
    asha.decline(first);
    assertThat(asha.next()).isInstanceOf(Decision.Run.class);
    assertThatThrownBy(() -> asha.decline(first)).hasMessageContaining("must be running");
  }

  @Test
  void hyperband_manyRounds_startsNewBracketsAfterTheFirstPass() {
    Scheduler once = Schedulers.hyperband(SuccessiveHalvingTest.SPACE, LADDER, SuccessiveHalvingTest.LOSS, 3);
    Scheduler repeated = Schedulers.hyperband(
        Samplers.random(SuccessiveHalvingTest.SPACE, 3), LADDER, SuccessiveHalvingTest.LOSS, 3, 3);
    int onePass = drain(once, 10_000);
    assertThat(drain(repeated, 10_000)).isEqualTo(3 * onePass);
  }

  @Test
  void successiveHalving_declinedTopRung_finishesTheBracketAndStartsTheNext() {
    Scheduler sh = Schedulers.successiveHalving(Samplers.random(SuccessiveHalvingTest.SPACE, 2),
        LADDER, 9, SuccessiveHalvingTest.LOSS, 2, Long.MAX_VALUE);
    int rungZeroTrials = 0;
    for (int i = 0; i < 100; i++) {
      Decision d = sh.next();
      Trial t = ((Decision.Run) d).trial();
      if (t.rung() == LADDER.maxBracket()) {
        sh.decline(t);
      } else {
        rungZeroTrials += t.rung() == 0 ? 1 : 0;
        sh.report(succeed(t));
      }
    }
    assertThat(rungZeroTrials).as("configurations of later brackets").isGreaterThan(9);
  }

  @Test
  void asha_successfulResultsOfEveryRung_reachTheSampler() {
    List<Observation> seen = new ArrayList<>();
    Sampler random = Samplers.random(SuccessiveHalvingTest.SPACE, 8);
    Sampler recording = new Sampler() {
      @Override
      public Optional<Configuration> next() {
        return random.next();
      }

      @Override
      public void observe(Observation observation) {
        seen.add(observation);
      }
    };
    Scheduler asha = Schedulers.asha(recording, LADDER, SuccessiveHalvingTest.LOSS, 8, 30);
    int reported = drain(asha, 10_000);
    assertThat(seen).hasSize(reported);
    assertThat(seen).extracting(Observation::rung).contains(0, 1, 2);
  }

  /** Runs one worker to the end, every trial succeeding; the number of trials. */
  private static int drain(Scheduler scheduler, int cap) {
    int trials = 0;
    while (trials < cap) {
      Decision d = scheduler.next();
      if (d instanceof Decision.Done) {
        return trials;
      }
      scheduler.report(succeed(((Decision.Run) d).trial()));
      trials++;
    }
    return trials;
  }
}
