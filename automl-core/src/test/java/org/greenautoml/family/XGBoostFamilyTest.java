package org.greenautoml.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.greenautoml.family.SharedDatasets.Split;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.trial.Preprocessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

final class XGBoostFamilyTest {

  /** Tribuo logs every bagged tree and SGD run at INFO; the CLI, not the library, sets levels. */
  private static final java.util.logging.Logger TRIBUO_LOGS = quietTribuo();

  private static java.util.logging.Logger quietTribuo() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.tribuo");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private static final long SEED = 42L;
  private static Split data;
  private static MutableDataset<Label> train;
  private static MutableDataset<Label> validation;

  @BeforeAll
  static void load() {
    data = SharedDatasets.split("breast-cancer-wisconsin", 7L);
    Preprocessor preprocessor =
        Preprocessor.fit(data.train(), data.featuresWithMissingValues(), false, false);
    train = preprocessor.apply(data.train());
    validation = preprocessor.apply(data.validation());
  }

  private static Configuration fastConfiguration(int maxRounds) {
    XGBoostFamily family = new XGBoostFamily();
    return family.space().defaults().get(0)
        .with("max_rounds", maxRounds)
        .with("learning_rate", 0.5);
  }

  @Test
  void fit_highLearningRate_stopsEarlyAtTheBestValidationRound() {
    EarlyStoppingXGBoostTrainer.Fit fit =
        new XGBoostFamily().fit(train, validation, fastConfiguration(1024), SEED);

    BoostingRounds rounds = fit.rounds();
    assertThat(rounds.stoppedEarly()).isTrue();
    assertThat(rounds.trained()).isLessThan(1024);
    assertThat(rounds.trained()).isEqualTo(rounds.used() + XGBoostFamily.STOPPING_ROUNDS);
    float[] loss = fit.validationLoss();
    int argmin = 0;
    for (int i = 1; i < loss.length; i++) {
      if (loss[i] < loss[argmin]) {
        argmin = i;
      }
    }
    assertThat(rounds.used()).isEqualTo(argmin + 1);
    assertThat(BoostingRounds.of(fit.model())).contains(rounds);
  }

  @Test
  void fit_trainingRowsAsValidation_trainsLongerThanWithHeldOutRows() {
    XGBoostFamily family = new XGBoostFamily();
    BoostingRounds heldOut = family.fit(train, validation, fastConfiguration(300), SEED).rounds();
    BoostingRounds onTrain = family.fit(train, train, fastConfiguration(300), SEED).rounds();

    assertThat(onTrain.trained()).isGreaterThan(heldOut.trained());
  }

  @Test
  void train_defaults_beatsMajorityClassOnTestRows() {
    Model<Label> model =
        new XGBoostFamily().train(train, validation, fastConfiguration(200), SEED);
    MutableDataset<Label> test =
        Preprocessor.fit(data.train(), data.featuresWithMissingValues(), false, false)
            .apply(data.test());

    assertThat(SharedDatasets.accuracy(model, test))
        .isGreaterThan(SharedDatasets.majorityRate(test) + 0.2);
  }

  @Test
  void train_serialisedAndRead_predictsTheSameAndKeepsRounds() throws Exception {
    Model<Label> model =
        new XGBoostFamily().train(train, validation, fastConfiguration(200), SEED);

    Model<?> copy = Model.deserialize(model.serialize());

    @SuppressWarnings("unchecked")
    Model<Label> labelled = (Model<Label>) copy;
    assertThat(SharedDatasets.predictedLabels(labelled, validation))
        .isEqualTo(SharedDatasets.predictedLabels(model, validation));
    assertThat(BoostingRounds.of(copy)).isEqualTo(BoostingRounds.of(model));
  }

  @Test
  void keepRounds_firstRounds_predictsAsTheTreeLimitOfTheFullBooster() throws Exception {
    float[] x = new float[60 * 3];
    float[] y = new float[60];
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < y.length; i++) {
      for (int j = 0; j < 3; j++) {
        x[i * 3 + j] = (float) random.nextGaussian();
      }
      y[i] = x[i * 3] + 0.3f * (float) random.nextGaussian() > 0 ? (x[i * 3 + 1] > 0 ? 2 : 1) : 0;
    }
    DMatrix matrix = new DMatrix(x, y.length, 3, Float.NaN);
    matrix.setLabel(y);
    Booster full =
        XGBoost.train(
            matrix,
            Map.of("objective", "multi:softprob", "num_class", 3, "nthread", 1, "seed", 1,
                "max_depth", 3, "verbosity", 0),
            20, Map.of(), null, null);

    EarlyStoppingXGBoostTrainer.KeptTrees kept =
        EarlyStoppingXGBoostTrainer.keepRounds(full, 7, 3);

    assertThat(kept.roundsTrained()).isEqualTo(20);
    assertThat(kept.booster().predict(matrix)).isEqualTo(full.predict(matrix, false, 7));
    assertThat(kept.booster().predict(matrix)).isNotEqualTo(full.predict(matrix));
  }

  @Test
  void train_unknownValidationLabel_namesTheLabel() {
    MutableDataset<Label> odd = new MutableDataset<>(validation.getProvenance(),
        validation.getOutputFactory());
    org.tribuo.impl.ArrayExample<Label> example =
        new org.tribuo.impl.ArrayExample<>(new Label("Z"));
    example.add("mean radius", 10.0);
    odd.add(example);

    assertThatThrownBy(
            () -> new XGBoostFamily().train(train, odd, fastConfiguration(20), SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found Z");
  }

  @Test
  void train_absentFeature_isMissingNotZero() {
    MutableDataset<Label> rows = new MutableDataset<>(train.getProvenance(), train.getOutputFactory());
    for (int i = 0; i < 60; i++) {
      org.tribuo.impl.ArrayExample<Label> example =
          new org.tribuo.impl.ArrayExample<>(new Label(i % 3 == 1 ? "zero" : "other"));
      example.add("noise", i % 7);
      if (i % 3 == 1) {
        example.add("x", 0.0);
      } else if (i % 3 == 2) {
        example.add("x", 1.0);
      }
      rows.add(example);
    }
    Configuration configuration = fastConfiguration(50).with("min_child_weight", 0.01);
    Model<Label> model = new XGBoostFamily().train(rows, rows, configuration, SEED);

    org.tribuo.impl.ArrayExample<Label> absent = new org.tribuo.impl.ArrayExample<>(new Label("?"));
    absent.add("noise", 3.0);
    org.tribuo.impl.ArrayExample<Label> zero = new org.tribuo.impl.ArrayExample<>(new Label("?"));
    zero.add("noise", 3.0);
    zero.add("x", 0.0);

    assertThat(model.predict(zero).getOutput().getLabel()).isEqualTo("zero");
    assertThat(model.predict(absent).getOutput().getLabel()).isEqualTo("other");
  }

  @Test
  void roundsOf_otherModel_isEmpty() {
    Model<Label> model = Families.byName("naive-bayes")
        .train(train, validation, Families.byName("naive-bayes").space().defaults().get(0), SEED);

    assertThat(BoostingRounds.of(model)).isEmpty();
    assertThat(model).isNotInstanceOf(XGBoostModel.class);
  }
}
