package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class BudgetGoesOnTest {

  /**
   * Costs 0.01 kg below the top rung and 100 kg at it; with a safety factor of 30 no promotion is
   * ever predicted to fit.
   */
  private static final TrialEvaluator STEEP = (trial, stop) -> new TrialEvaluation(
      ObjectiveVector.of(trial.configuration().getDouble("x")),
      trial.fidelity() == 1.0 ? 100 : 0.01);

  @Test
  void run_unaffordablePromotion_declinesItAndGoesOnWithWorkThatFits() {
    CarbonLedger ledger = new CarbonLedger(2.0);
    CostPredictor predictor = new CostPredictor(0.01, 30.0);
    SearchOutcome outcome = SearchRunner.builder(
            Schedulers.asha(BudgetPropertyTest.SPACE, BudgetPropertyTest.LADDER,
                BudgetPropertyTest.LOSS, 4),
            STEEP, ledger, predictor)
        .build().run();
    assertThat(outcome.outcomes()).allMatch(o -> o.trial().rung() == 0);
    assertThat(outcome.outcomes().size())
        .as("trials run after the first promotion was declined").isGreaterThan(150);
    assertThat(outcome.spentKgCO2e()).isLessThanOrEqualTo(2.0).isGreaterThan(1.6);
    assertThat(outcome.stopReason()).isEqualTo(StopReason.BUDGET);
  }

  /** Seeds where the plain rule converges before family b has been tried at the top. */
  @ParameterizedTest
  @ValueSource(longs = {3, 8, 10, 14})
  void run_convergenceWithBestFamiliesRequired_waitsUntilTheyReachTheTop(long seed) {
    SearchOutcome without = converge(0, seed);
    SearchOutcome with = converge(2, seed);
    assertThat(without.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(with.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(familiesAtTop(without)).as("without the condition").hasSize(1);
    assertThat(familiesAtTop(with)).containsExactlyInAnyOrder("a", "b");
  }

  /** Family a (x < 0.5, loss x) and b (loss x - 0.45), so b's best are nearly as good as a's. */
  private static SearchOutcome converge(int familiesAtTop, long seed) {
    TrialEvaluator evaluator = (trial, stop) -> {
      double x = trial.configuration().getDouble("x");
      return new TrialEvaluation(ObjectiveVector.of(x < 0.5 ? x : x - 0.45), 0.001);
    };
    return SearchRunner.builder(
            Schedulers.asha(BudgetPropertyTest.SPACE, BudgetPropertyTest.LADDER,
                BudgetPropertyTest.LOSS, seed),
            evaluator, new CarbonLedger(100), new CostPredictor(0.01, 1.0))
        .familyKeyOf(BudgetGoesOnTest::family)
        .convergence(new ConvergenceRule(
            Objectives.of(Objective.minimize("loss")), 2, 0.01, 1.0, familiesAtTop))
        .build().run();
  }

  private static String family(org.greenautoml.search.schedule.Trial trial) {
    return trial.configuration().getDouble("x") < 0.5 ? "a" : "b";
  }

  private static java.util.Set<String> familiesAtTop(SearchOutcome outcome) {
    return outcome.outcomes().stream()
        .filter(o -> o.trial().fidelity() == 1.0 && o.status() == TrialStatus.SUCCEEDED)
        .map(o -> family(o.trial()))
        .collect(java.util.stream.Collectors.toSet());
  }
}
