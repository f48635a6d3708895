package org.greenautoml.trial.internal;

import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.family.SharedDatasets;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RefitAndCrossValidationTest {

  private static final SharedDatasets.Split SPLIT = SharedDatasets.split("credit-g", 3);
  private static final PreparedData DATA = PreparedData.of(
      SPLIT.train(), SPLIT.validation(), SPLIT.featuresWithMissingValues(), 3);
  private static final CarbonAccountant ACCOUNTANT =
      new CarbonAccountant(CarbonRegions.bundled().world(), Pue.ownMachine());

  private static MeteredTrialEvaluator evaluator(CrossValidation crossValidation) {
    return new MeteredTrialEvaluator(DATA, Families::byName, EnergyMeters.powerModel(), ACCOUNTANT,
        m -> ObjectiveVector.of(m.validationAccuracy()), 3, model -> -1, crossValidation, false);
  }

  private static Configuration defaults(String family) {
    return Families.byName(family).space().defaults().get(0).with(MeteredTrialEvaluator.FAMILY, family);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xgboost", "logistic", "cart"})
  void refit_topFidelityModel_sawEveryTrainingAndValidationRow(String family) throws Exception {
    MeteredTrialEvaluator evaluator = evaluator(CrossValidation.OFF);
    Trial trial = new Trial(0, defaults(family), 0, 1.0, 0);
    evaluator.evaluate(trial, StopSignal.detached());
    TrialModel searched = evaluator.model(0).orElseThrow();
    Refitter.Refit refit = new Refitter(DATA, Families::byName, EnergyMeters.powerModel(),
        ACCOUNTANT, 3).refit(trial.configuration(), searched);
    int all = SPLIT.train().size() + SPLIT.validation().size();
    assertThat(refit.rows()).isEqualTo(all);
    assertThat(refit.model().model().getProvenance().getDatasetProvenance().getNumExamples())
        .as("rows the refitted model was trained on").isEqualTo(all);
    assertThat(searched.model().getProvenance().getDatasetProvenance().getNumExamples())
        .isEqualTo(SPLIT.train().size());
    assertThat(refit.kgCO2e()).isPositive();
    assertThat(refit.model().trialId()).isZero();
  }

  @Test
  void refitRounds_earlyStoppedModel_scalesTheRoundsByTheRatioOfRows() throws Exception {
    MeteredTrialEvaluator evaluator = evaluator(CrossValidation.OFF);
    Trial trial = new Trial(0, defaults("xgboost"), 0, 1.0, 0);
    evaluator.evaluate(trial, StopSignal.detached());
    TrialModel searched = evaluator.model(0).orElseThrow();
    int used = org.greenautoml.family.BoostingRounds.of(searched.model()).orElseThrow().used();
    Refitter.Refit refit = new Refitter(DATA, Families::byName, EnergyMeters.powerModel(),
        ACCOUNTANT, 3).refit(trial.configuration(), searched);
    int expected = (int) Math.min(256, Math.ceil(used * (double) refit.rows() / SPLIT.train().size()));
    assertThat(org.greenautoml.family.BoostingRounds.of(refit.model().model()).orElseThrow().trained())
        .isEqualTo(expected);
  }

  @Test
  void evaluate_topFidelityOnSmallData_reportsTheMeanOfFiveFoldsAndItsStandardError()
      throws Exception {
    Trial trial = new Trial(0, defaults("logistic"), 0, 1.0, 0);
    TrialEvaluation holdout = evaluator(CrossValidation.OFF).evaluate(trial, StopSignal.detached());
    TrialEvaluation cv = evaluator(CrossValidation.DEFAULT).evaluate(trial, StopSignal.detached());
    TrialMetrics metrics = TrialMetrics.of(cv.metrics());
    TrialMetrics plain = TrialMetrics.of(holdout.metrics());
    assertThat(metrics.folds()).isEqualTo(5);
    assertThat(metrics.accuracyStandardError()).isPositive().isLessThan(0.1);
    assertThat(metrics.holdoutAccuracy()).isEqualTo(plain.validationAccuracy());
    assertThat(cv.objectives().get(0)).isEqualTo(metrics.validationAccuracy());
    assertThat(cv.costKgCO2e()).as("five folds are charged").isGreaterThan(holdout.costKgCO2e());
    assertThat(plain.folds()).isEqualTo(1);
    assertThat(TrialMetrics.fromJson(metrics.toJson())).isEqualTo(metrics);
    assertThat(TrialMetrics.fromJson(plain.toJson())).isEqualTo(plain);
  }

  @Test
  void evaluate_belowTopFidelityOrAboveTheRowThreshold_usesTheHoldoutOnly() throws Exception {
    Trial low = new Trial(0, defaults("logistic"), 0, 1.0 / 3, 0);
    Trial top = new Trial(1, defaults("logistic"), 1, 1.0, 0);
    assertThat(TrialMetrics.of(evaluator(CrossValidation.DEFAULT)
        .evaluate(low, StopSignal.detached()).metrics()).folds()).isEqualTo(1);
    assertThat(TrialMetrics.of(evaluator(new CrossValidation(DATA.allRowCount() - 1, 5))
        .evaluate(top, StopSignal.detached()).metrics()).folds()).isEqualTo(1);
  }

  @Test
  void otherFolds_partitionTheTrainingRows_andTrainOnTheValidationRows() {
    ModelFamily logistic = Families.byName("logistic");
    var folds = DATA.otherFolds(logistic, 4);
    assertThat(folds).hasSize(4);
    assertThat(folds.stream().mapToInt(f -> f.validation().size()).sum()).isEqualTo(SPLIT.train().size());
    folds.forEach(f -> assertThat(f.train().size() + f.validation().size())
        .isEqualTo(DATA.allRowCount()));
  }

  @Test
  void evaluate_holdoutBelowTheBestMeans_skipsTheFoldsAndKeepsItsHoldout() throws Exception {
    MeteredTrialEvaluator evaluator = evaluator(new CrossValidation(5_000, 5, 1));
    Trial good = new Trial(0, defaults("logistic"), 0, 1.0, 0);
    // a decision stump is below logistic regression on credit-g
    Trial weak = new Trial(1, Families.byName("cart").space().defaults().get(0)
        .with("max_depth", 1).with(MeteredTrialEvaluator.FAMILY, "cart"), 0, 1.0, 0);
    TrialMetrics first = TrialMetrics.of(evaluator.evaluate(good, StopSignal.detached()).metrics());
    TrialMetrics second = TrialMetrics.of(evaluator.evaluate(weak, StopSignal.detached()).metrics());
    assertThat(first.folds()).as("the first top-fidelity trial is always a candidate").isEqualTo(5);
    assertThat(second.holdoutAccuracy()).isLessThan(first.validationAccuracy());
    assertThat(second.folds()).as("holdout below the best mean: no folds").isEqualTo(1);
    assertThat(second.validationAccuracy()).isEqualTo(second.holdoutAccuracy());
    TrialMetrics again = TrialMetrics.of(evaluator(new CrossValidation(5_000, 5, 0))
        .evaluate(weak, StopSignal.detached()).metrics());
    assertThat(again.folds()).as("candidates 0: every top-fidelity trial").isEqualTo(5);
  }

  @Test
  void leaders_admitHoldoutsThatReachTheCthBestMeanOrHoldout() {
    CrossValidation.Leaders leaders = new CrossValidation(5_000, 5, 2).leaders();
    assertThat(leaders.admits(0.1)).as("the first is always a candidate").isTrue();
    leaders.record(0.70, 0.72);
    assertThat(leaders.admits(0.69)).as("fewer than 2: the lowest mean and holdout").isFalse();
    assertThat(leaders.admits(0.70)).isTrue();
    leaders.record(0.80, 0.76);
    leaders.record(0.75, 0.74);
    assertThat(leaders.admits(0.73)).isFalse();
    assertThat(leaders.admits(0.74)).as("the 2nd best holdout").isTrue();
    CrossValidation.Leaders one = new CrossValidation(5_000, 5, 1).leaders();
    one.record(0.80, 0.90);
    assertThat(one.admits(0.79)).isFalse();
    assertThat(one.admits(0.80)).as("the best mean, below the best holdout").isTrue();
  }
}
