package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.junit.jupiter.api.Test;

final class BudgetPropertyTest {

  static final ParameterSpace SPACE = ParameterSpace.of(DoubleParameter.uniform("x", 0, 1, 0.5));
  static final Promotion LOSS = Promotion.singleObjective(Objective.minimize("loss"));
  static final FidelityLadder LADDER = new FidelityLadder(1.0 / 9, 1.0, 3);

  /**
   * 1,000 seeded searches with random costs (one trial in ten costs five times its usual) and a
   * predictor whose prior is random: the ledger never ends over budget by more than one step of the
   * one trial that was stopped, no trial starts without its upper estimate fitting, and nothing
   * starts after the stop.
   */
  @Test
  void run_oneWorker_1000SeededSearches_neverOverspendBeyondTheStoppedTrial() {
    int overshoots = 0;
    for (long s = 0; s < 1000; s++) {
      long seed = s;
      SplittableRandom random = new SplittableRandom(seed);
      double budget = 0.5 + 5 * random.nextDouble();
      CarbonLedger ledger = new CarbonLedger(budget);
      CostPredictor predictor = new CostPredictor(0.05 + 2 * random.nextDouble(), 1 + random.nextDouble() * 0.5);
      SimulatedEvaluator sim = new SimulatedEvaluator(seed, 1.0, 0.1);
      Scheduler scheduler = seed % 2 == 0
          ? Schedulers.asha(SPACE, LADDER, LOSS, seed)
          : Schedulers.random(SPACE, 1000, seed);
      List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
      TrialEvaluator checked = (trial, stop) -> {
        double upper = predictor.upperEstimate("all", trial.fidelity());
        if (ledger.spentKgCO2e() + upper > budget + 1e-12) {
          violations.add("trial " + trial.id() + " started with upper " + upper + " after "
              + ledger.spentKgCO2e() + " of " + budget);
        }
        return sim.evaluate(trial, stop);
      };
      SearchOutcome outcome = SearchRunner.builder(scheduler, checked, ledger, predictor).build().run();

      assertThat(violations).as("seed %d", seed).isEmpty();
      List<TrialOutcome> outcomes = outcome.outcomes();
      assertThat(outcomes).noneMatch(o -> o.status() == TrialStatus.FAILED);
      double spent = outcome.spentKgCO2e();
      assertThat(spent).isEqualTo(outcomes.stream().mapToDouble(TrialOutcome::costKgCO2e).sum(),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(outcome.stopReason()).isEqualTo(StopReason.BUDGET);
      if (spent > budget) {
        overshoots++;
        TrialOutcome last = outcomes.get(outcomes.size() - 1);
        assertThat(last.status()).as("seed %d: the overspending trial was stopped", seed)
            .isEqualTo(TrialStatus.STOPPED);
        assertThat(last.failureReason()).isEqualTo("carbon budget exhausted");
        double oneStep = sim.trueCost(last.trial()) / SimulatedEvaluator.STEPS;
        assertThat(spent - budget).as("seed %d: overshoot within one step", seed)
            .isLessThanOrEqualTo(oneStep + 1e-12);
        assertThat(outcomes.subList(0, outcomes.size() - 1))
            .noneMatch(o -> o.status() == TrialStatus.STOPPED);
      }
    }
    assertThat(overshoots).as("the wrong predictor does cause overruns to be stopped").isGreaterThan(10);
  }

  @Test
  void run_threeWorkers_200SeededSearches_overshootWithinOneStepPerRunningTrial() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      double budget = 0.5 + 5 * random.nextDouble();
      CarbonLedger ledger = new CarbonLedger(budget);
      CostPredictor predictor = new CostPredictor(0.05 + 2 * random.nextDouble(), 1.2);
      SimulatedEvaluator sim = new SimulatedEvaluator(seed, 1.0, 0.1);
      SearchOutcome outcome = SearchRunner.builder(Schedulers.asha(SPACE, LADDER, LOSS, seed), sim, ledger, predictor)
          .workers(3).build().run();
      double maxStep = outcome.outcomes().stream()
          .filter(o -> o.status() == TrialStatus.STOPPED)
          .mapToDouble(o -> sim.trueCost(o.trial()) / SimulatedEvaluator.STEPS).max().orElse(0);
      assertThat(outcome.spentKgCO2e() - budget).as("seed %d", seed).isLessThanOrEqualTo(3 * maxStep + 1e-12);
      assertThat(outcome.stopReason()).isEqualTo(StopReason.BUDGET);
    }
  }
}
