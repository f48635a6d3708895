package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.budget.SearchLimits;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.Test;

final class SearchRunnerTest {

  private static SearchRunner.Builder builder(TrialEvaluator evaluator) {
    return SearchRunner.builder(Schedulers.random(BudgetPropertyTest.SPACE, 12, 3), evaluator,
        new CarbonLedger(100), new CostPredictor(0.1, 1.2));
  }

  @Test
  void run_evaluatorThrowsOrRunsOutOfMemory_recordsFailedAndGoesOn() {
    TrialEvaluator evaluator = (trial, stop) -> {
      if (trial.id() == 2) {
        throw new IllegalStateException("diverged");
      }
      if (trial.id() == 5) {
        throw new OutOfMemoryError("Java heap space");
      }
      return new TrialEvaluation(ObjectiveVector.of(trial.configuration().getDouble("x")), 0.01);
    };
    SearchOutcome outcome = builder(evaluator).workers(2).build().run();
    assertThat(outcome.outcomes()).hasSize(12);
    assertThat(outcome.stopReason()).isEqualTo(StopReason.SPACE_EXHAUSTED);
    assertThat(outcome.outcomes()).filteredOn(o -> o.status() == TrialStatus.FAILED)
        .extracting(o -> o.failureReason())
        .containsExactlyInAnyOrder("IllegalStateException: diverged", "OutOfMemoryError: Java heap space");
  }

  @Test
  void run_oneWorker_isDeterministicForASeed() {
    SimulatedEvaluator sim = new SimulatedEvaluator(1, 0.01, 0.1);
    SearchOutcome a = SearchRunner.builder(Schedulers.asha(BudgetPropertyTest.SPACE, BudgetPropertyTest.LADDER,
        BudgetPropertyTest.LOSS, 9, 40), sim, new CarbonLedger(100), new CostPredictor(0.02, 1.5)).build().run();
    SearchOutcome b = SearchRunner.builder(Schedulers.asha(BudgetPropertyTest.SPACE, BudgetPropertyTest.LADDER,
        BudgetPropertyTest.LOSS, 9, 40), sim, new CarbonLedger(100), new CostPredictor(0.02, 1.5)).build().run();
    assertThat(a.outcomes()).isEqualTo(b.outcomes()).hasSizeGreaterThan(40);
  }

  @Test
  void run_trialIgnoringItsTimeLimitPolitely_isStoppedThenTheSearchGoesOn() {
    TrialEvaluator slow = (trial, stop) -> {
      while (trial.id() == 0 && !stop.isStopRequested()) {
        Thread.sleep(5);
      }
      return new TrialEvaluation(ObjectiveVector.of(1.0), 0.001);
    };
    SearchOutcome outcome = builder(slow).perTrialTimeLimit(Duration.ofMillis(100)).build().run();
    assertThat(outcome.outcomes().get(0).status()).isEqualTo(TrialStatus.STOPPED);
    assertThat(outcome.outcomes().get(0).failureReason()).startsWith("per-trial time limit");
    assertThat(outcome.outcomes()).hasSize(12);
  }

  @Test
  void run_interruptedWhileATrialRuns_stopsItWaitsForItAndKeepsTheInterrupt() throws Exception {
    java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
    TrialEvaluator honoursStops = (trial, stop) -> {
      running.countDown();
      while (!stop.isStopRequested()) {
        Thread.onSpinWait();
      }
      Thread.sleep(50); // the coordinator must wait for it, not spin on its interrupt
      throw new TrialFailedException("stopped");
    };
    SearchRunner runner = builder(honoursStops).build();
    java.util.concurrent.atomic.AtomicReference<SearchOutcome> outcome =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicBoolean interruptKept =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread coordinator = new Thread(() -> {
      outcome.set(runner.run());
      interruptKept.set(Thread.currentThread().isInterrupted());
    });
    coordinator.start();
    running.await();
    coordinator.interrupt();
    coordinator.join(10_000);

    assertThat(coordinator.isAlive()).as("the search returned").isFalse();
    assertThat(outcome.get().stopReason()).isEqualTo(StopReason.TIME_LIMIT);
    assertThat(outcome.get().outcomes()).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(TrialStatus.STOPPED));
    assertThat(interruptKept).as("the interrupt is kept for the caller").isTrue();
  }

  @Test
  void run_trialLimit_stopsAfterThatManyTrials() {
    SearchOutcome outcome = builder((t, s) -> new TrialEvaluation(ObjectiveVector.of(1.0), 0.001))
        .limits(SearchLimits.NONE.withMaxTrials(5)).build().run();
    assertThat(outcome.outcomes()).hasSize(5);
    assertThat(outcome.stopReason()).isEqualTo(StopReason.TRIAL_LIMIT);
  }

  @Test
  void run_noImprovementForPatienceTrials_converges() {
    SearchOutcome outcome = builder((t, s) -> new TrialEvaluation(ObjectiveVector.of(t.id() < 3 ? 1.0 - t.id() : 5.0), 0.001))
        .convergence(new ConvergenceRule(Objectives.of(Objective.minimize("loss")), 4, 0.01, 1.0))
        .build().run();
    assertThat(outcome.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(outcome.outcomes()).hasSize(3 + 4);
  }

  @Test
  void builder_settingTwiceOrBadWorkers_isRejected() {
    SearchRunner.Builder b = builder((t, s) -> null).workers(2);
    assertThatThrownBy(() -> b.workers(3)).hasMessage("workers must be set at most once");
    assertThatThrownBy(() -> builder((t, s) -> null).workers(0)).hasMessage("workers must be at least 1, found 0");
  }

  @Test
  void run_trialThatThrowsOnceAskedToStop_isRecordedStoppedAndChargedWhatItSpent() {
    TrialEvaluator overrunning = (trial, stop) -> {
      double spent = 0;
      while (!stop.isStopRequested()) {
        spent += 0.5;
        stop.reportCostSoFar(spent);
        Thread.sleep(1);
      }
      throw new IllegalStateException("stopped on request");
    };
    SearchOutcome outcome = SearchRunner.builder(Schedulers.random(BudgetPropertyTest.SPACE, 12, 3),
        overrunning, new CarbonLedger(10), new CostPredictor(0.1, 1.2)).build().run();
    assertThat(outcome.stopReason()).isEqualTo(StopReason.BUDGET);
    assertThat(outcome.outcomes()).hasSize(1);
    TrialOutcome stopped = outcome.outcomes().get(0);
    assertThat(stopped.status()).isEqualTo(TrialStatus.STOPPED);
    assertThat(stopped.failureReason()).isEqualTo("carbon budget exhausted");
    assertThat(stopped.costKgCO2e()).isGreaterThanOrEqualTo(10.0).isLessThanOrEqualTo(10.5);
    assertThat(outcome.spentKgCO2e()).isEqualTo(stopped.costKgCO2e());
  }
}
