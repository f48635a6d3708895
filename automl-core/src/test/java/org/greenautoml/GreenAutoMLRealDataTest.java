package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.trial.TrialMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * {@link GreenAutoML#fit} on five real datasets under small carbon budgets, sized so that the five
 * searches together take a few minutes on two cores (budgets in the table below; the power model
 * charges this machine about 10 W per busy thread, so 1e-4 kg CO2e at the world average intensity
 * is roughly 75 s of one core).
 */
final class GreenAutoMLRealDataTest {

  @ParameterizedTest(name = "{0} under {1} kg CO2e")
  @CsvSource({
    "credit-g.csv, 2e-5",
    "phoneme.csv, 2e-5",
    "kr-vs-kp.csv, 2e-5",
    "electricity.csv, 4e-5",
    "adult.csv.gz, 6e-5"
  })
  void fit_realDatasetUnderSmallBudget_givesNonDominatedFrontBeatingTheMajorityWithinBudget(
      String file, double budgetKgCO2e) {
    TabularData data = RealDatasets.read(file);
    StratifiedSplit.Holdout holdout =
        StratifiedSplit.holdout(data.labelIndices(), 0.8, 0.0, 0.2, 2024);
    TabularData train = data.rows(holdout.train());
    TabularData test = data.rows(holdout.test());
    long started = System.nanoTime();

    SearchResult result = GreenAutoML.fit(train, budgetKgCO2e);

    double seconds = (System.nanoTime() - started) / 1e9;
    double majority = majorityRate(train);
    assertThat(result.front()).isNotEmpty();
    assertThat(result.frontFidelity()).isEqualTo(1.0);
    assertNoMemberDominatesAnother(result);
    TrialRecord best = result.mostAccurate().orElseThrow();
    assertThat(best.validationAccuracy().orElseThrow()).isGreaterThan(majority + 0.03);
    assertThat(result.budget().spentKgCO2e()).isLessThanOrEqualTo(budgetKgCO2e);
    double testAccuracy = accuracy(result.predict(best.id(), test), test);
    assertThat(testAccuracy).isGreaterThan(majority + 0.03);
    System.out.printf(
        "RESULT %s: majority %.3f, best %s val %.4f test %.4f, %.3g kWh, %.4f g CO2e of %.4f,"
            + " trials per rung %s, front %d, stop %s, %.1f s%n",
        file, majority, best.family(), best.validationAccuracy().orElseThrow(), testAccuracy,
        result.budget().spentKWh(), result.budget().spentKgCO2e() * 1000, budgetKgCO2e * 1000,
        trialsPerRung(result), result.front().size(), result.stopReason(), seconds);
  }

  static void assertNoMemberDominatesAnother(SearchResult result) {
    List<SearchObjective> engineObjectives =
        List.of(
            SearchObjective.VALIDATION_ACCURACY,
            SearchObjective.TRAINING_ENERGY,
            SearchObjective.INFERENCE_ENERGY);
    Objectives objectives =
        Objectives.of(
            engineObjectives.stream().map(SearchObjective::objective).toArray(Objective[]::new));
    for (TrialRecord a : result.front()) {
      for (TrialRecord b : result.front()) {
        assertThat(objectives.dominates(vector(a, engineObjectives), vector(b, engineObjectives)))
            .as("front member %d dominates %d", a.id(), b.id())
            .isFalse();
      }
    }
  }

  private static ObjectiveVector vector(TrialRecord trial, List<SearchObjective> objectives) {
    TrialMetrics metrics = trial.metrics().orElseThrow();
    return ObjectiveVector.of(objectives.stream().mapToDouble(o -> o.valueOf(metrics)).toArray());
  }

  static double majorityRate(TabularData data) {
    int[] counts = new int[data.classes().size()];
    for (int label : data.labelIndices()) {
      counts[label]++;
    }
    return (double) Arrays.stream(counts).max().orElseThrow() / data.rowCount();
  }

  static double accuracy(List<Prediction<Label>> predictions, TabularData truth) {
    int correct = 0;
    for (int row = 0; row < truth.rowCount(); row++) {
      correct += predictions.get(row).getOutput().getLabel().equals(truth.label(row)) ? 1 : 0;
    }
    return (double) correct / truth.rowCount();
  }

  private static Map<Integer, Long> trialsPerRung(SearchResult result) {
    return result.trials().stream()
        .collect(Collectors.groupingBy(TrialRecord::rung, TreeMap::new, Collectors.counting()));
  }
}
