package org.greenautoml.bench.suite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.SeedSplit;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Scores top-fidelity models on the test rows, outside the metered search.
 *
 * <p>The engine fits its encoder and each family's preprocessing on its own training partition (a
 * stratified {@code 1 - validationFraction} holdout of the rows it is given, seeded with the seed
 * the engine splits from the search's seed for the holdout, {@code SeedSplit.HOLDOUT}, and its
 * subsamples with {@code SeedSplit.SUBSAMPLE}; see the engine's {@code Seeds}). This scorer
 * rebuilds that partition with the same public calls, so that a model
 * recorded by {@link RecordingFamily} sees test rows prepared exactly as its training rows were.
 * {@link #checkAgainstFront} verifies the replica on the front, whose models the engine keeps.
 */
final class TestScorer {

  private final FeatureEncoder encoder;
  private final PreparedData prepared;
  private final Dataset<Label> encodedTest;
  private final int trainingRows;
  private final Map<String, Dataset<Label>> testByFamily = new HashMap<>();

  TestScorer(TabularData searchRows, TabularData testRows, double validationFraction, long seed) {
    SeedSplit seeds = new SeedSplit(seed);
    StratifiedSplit.Holdout split =
        StratifiedSplit.holdout(searchRows.labelIndices(), 1 - validationFraction,
            validationFraction, 0, seeds.of(SeedSplit.HOLDOUT));
    TabularData train = searchRows.rows(split.train());
    this.encoder = FeatureEncoder.fit(train);
    this.prepared =
        PreparedData.of(
            encoder.encode(train),
            encoder.encode(searchRows.rows(split.validation())),
            encoder.schema().numericWithMissing(),
            seeds.of(SeedSplit.SUBSAMPLE));
    this.encodedTest = encoder.encode(testRows);
    this.trainingRows = prepared.trainingRows(1.0);
  }

  /** The number of rows a full-fidelity trial of the engine trains on. */
  int trainingRows() {
    return trainingRows;
  }

  /** Test accuracy of a recorded full-fidelity model of {@code family}. */
  double accuracy(ModelFamily family, Model<Label> model) {
    Dataset<Label> test =
        testByFamily.computeIfAbsent(
            family.name(), f -> prepared.preprocessor(family).apply(encodedTest));
    List<Prediction<Label>> predictions = model.predict(test);
    int correct = 0;
    for (int i = 0; i < predictions.size(); i++) {
      if (predictions.get(i).getOutput().getLabel().equals(test.getExample(i).getOutput().getLabel())) {
        correct++;
      }
    }
    return correct / (double) predictions.size();
  }

  /**
   * Test accuracy of every succeeded trial at full fidelity, by trial id, in finish order.
   *
   * @throws IllegalStateException if a full-fidelity trial's model was not recorded
   */
  Map<Integer, Double> scoreTopTrials(
      SearchResult result, Map<String, ModelFamily> families, Map<String, Model<Label>> models) {
    Map<Integer, Double> accuracies = new LinkedHashMap<>();
    for (TrialRecord trial : result.trials()) {
      if (!trial.succeeded() || trial.fidelity() < 1.0) {
        continue;
      }
      String key = RecordingFamily.key(trial.family(), withoutFamily(trial.configuration()));
      Model<Label> model = Optional.ofNullable(models.get(key)).orElseThrow(
          () -> new IllegalStateException("no recorded model for trial " + trial.id() + " " + key));
      accuracies.put(trial.id(), accuracy(families.get(trial.family()), model));
    }
    return accuracies;
  }

  /**
   * Checks that the replica prepares test rows as the engine does: each front model's test
   * accuracy through {@link SearchResult#predict} equals the recorded one.
   *
   * @throws IllegalStateException naming the first trial that differs
   */
  void checkAgainstFront(SearchResult result, TabularData testRows, Map<Integer, Double> scored) {
    for (TrialRecord member : result.front()) {
      if (member.fidelity() < 1.0 || !scored.containsKey(member.id())) {
        continue;
      }
      List<Prediction<Label>> predictions = result.predict(member.id(), testRows);
      int correct = 0;
      for (int i = 0; i < predictions.size(); i++) {
        if (predictions.get(i).getOutput().getLabel().equals(testRows.label(i))) {
          correct++;
        }
      }
      double engine = correct / (double) predictions.size();
      if (Math.abs(engine - scored.get(member.id())) > 1e-12) {
        throw new IllegalStateException(
            "test accuracy of front trial " + member.id() + " must match the engine's, found "
                + scored.get(member.id()) + " against " + engine);
      }
    }
  }

  static Configuration withoutFamily(Configuration configuration) {
    Map<String, Object> values = new LinkedHashMap<>(configuration.values());
    values.remove(MeteredTrialEvaluator.FAMILY);
    return Configuration.of(values);
  }
}
