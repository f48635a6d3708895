package org.greenautoml.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.greenautoml.family.SharedDatasets.Split;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.trial.Preprocessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

final class FamiliesTest {

  /** Tribuo logs every bagged tree and SGD run at INFO; the CLI, not the library, sets levels. */
  private static final java.util.logging.Logger TRIBUO_LOGS = quietTribuo();

  private static java.util.logging.Logger quietTribuo() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.tribuo");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private static final long SEED = 20240611L;
  private static final Map<String, Split> SPLITS = new ConcurrentHashMap<>();

  /** The training, validation and test rows preprocessed as the family asks. */
  private record Prepared(
      MutableDataset<Label> train, MutableDataset<Label> validation, MutableDataset<Label> test) {}

  private static Prepared prepare(ModelFamily family, String dataset) {
    Split split = SPLITS.computeIfAbsent(dataset, name -> SharedDatasets.split(name, 11L));
    Preprocessor preprocessor =
        Preprocessor.fit(
            split.train(),
            split.featuresWithMissingValues(),
            !family.handlesMissingValues(),
            family.needsStandardisation());
    return new Prepared(
        preprocessor.apply(split.train()),
        preprocessor.apply(split.validation()),
        preprocessor.apply(split.test()));
  }

  static Stream<Arguments> familiesAndDatasets() {
    return Families.all().stream()
        .flatMap(
            family ->
                Stream.of("breast-cancer-wisconsin", secondDataset(family))
                    .map(dataset -> Arguments.of(family.name(), dataset)));
  }

  /**
   * credit-approval (numeric and categorical, missing values) for every family but naive Bayes,
   * which reads features as counts and gets vote (one-hot, missing values) instead.
   */
  private static String secondDataset(ModelFamily family) {
    return family.name().equals("naive-bayes") ? "vote" : "credit-approval";
  }

  static Stream<String> names() {
    return Families.all().stream().map(ModelFamily::name);
  }

  @Test
  void all_isTheTenFamiliesInStableOrder() {
    assertThat(names())
        .containsExactly(
            "xgboost", "logistic", "linear-svm", "cart", "random-forest", "extra-trees", "knn",
            "fm", "rbf-svm", "naive-bayes");
  }

  @Test
  void byName_unknownName_listsTheKnownNames() {
    assertThatThrownBy(() -> Families.byName("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found nope")
        .hasMessageContaining("xgboost")
        .hasMessageContaining("naive-bayes")
        .hasMessageContaining("rbf-svm");
  }

  @ParameterizedTest
  @MethodSource("names")
  void byName_knownName_returnsTheFamilyOfThatName(String name) {
    assertThat(Families.byName(name).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @MethodSource("names")
  void space_defaultsAndGridCorners_validate(String name) {
    ModelFamily family = Families.byName(name);
    Configuration defaults = family.space().defaults().get(0);

    assertThat(family.space().validate(defaults)).isEqualTo(defaults);
    assertThat(family.space().validate(family.space().fromUnit(zeros(family)))).isNotNull();
    assertThat(family.space().validate(family.space().fromUnit(ones(family)))).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("names")
  void train_configurationOutsideTheSpace_namesTheParameter(String name) {
    ModelFamily family = Families.byName(name);
    Prepared data = prepare(family, "iris");
    Configuration unknown = family.space().defaults().get(0).with("no_such_parameter", 1);

    assertThatThrownBy(() -> family.train(data.train(), data.validation(), unknown, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_parameter");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("familiesAndDatasets")
  void train_defaults_beatsTheMajorityClassOnHeldOutRows(String name, String dataset) {
    ModelFamily family = Families.byName(name);
    Prepared data = prepare(family, dataset);

    Model<Label> model =
        family.train(data.train(), data.validation(), family.space().defaults().get(0), SEED);

    assertThat(SharedDatasets.accuracy(model, data.test()))
        .as("%s test accuracy against the majority rate", name)
        .isGreaterThan(SharedDatasets.majorityRate(data.test()) + 0.1);
  }

  @ParameterizedTest
  @MethodSource("names")
  void train_sameSeedTwice_givesIdenticalPredictions(String name) {
    ModelFamily family = Families.byName(name);
    Prepared data = prepare(family, "credit-approval");
    Configuration configuration = family.space().fromUnit(halves(family));

    Model<Label> first = family.train(data.train(), data.validation(), configuration, SEED);
    Model<Label> second = family.train(data.train(), data.validation(), configuration, SEED);

    assertThat(scores(second, data.test())).isEqualTo(scores(first, data.test()));
  }

  @ParameterizedTest
  @MethodSource("names")
  void train_serialisedModel_predictsTheSameAfterReading(String name) {
    ModelFamily family = Families.byName(name);
    Prepared data = prepare(family, "iris");
    Model<Label> model =
        family.train(data.train(), data.validation(), family.space().defaults().get(0), SEED);

    @SuppressWarnings("unchecked")
    Model<Label> copy = (Model<Label>) Model.deserialize(model.serialize());

    assertThat(scores(copy, data.test())).isEqualTo(scores(model, data.test()));
  }

  @Test
  void flags_matchWhatEachFamilyNeeds() {
    assertThat(Families.all().stream().filter(ModelFamily::needsStandardisation).map(ModelFamily::name))
        .containsExactlyInAnyOrder("logistic", "linear-svm", "knn", "fm", "rbf-svm");
    assertThat(Families.all().stream().filter(ModelFamily::handlesMissingValues).map(ModelFamily::name))
        .containsExactly("xgboost");
  }

  @Test
  void notApplicableReason_smallNonNegativeData_everyFamilyApplies() {
    DataProfile profile = new DataProfile(1_000, 10, 2, true, false);

    assertThat(Families.all())
        .allSatisfy(family -> assertThat(family.notApplicableReason(profile)).isEmpty());
  }

  @Test
  void notApplicableReason_manyRowsOrNegativeValues_skipsWithAStatedReason() {
    DataProfile large = new DataProfile(RbfSvmFamily.MAX_ROWS + 1, 10, 2, true, false);
    DataProfile huge = new DataProfile(KnnFamily.MAX_ROWS + 1, 10, 2, true, false);
    DataProfile negative = new DataProfile(100, 10, 2, false, true);

    assertThat(Families.byName("rbf-svm").notApplicableReason(large))
        .hasValueSatisfying(reason -> assertThat(reason).contains("5000").contains("5001"));
    assertThat(Families.byName("knn").notApplicableReason(large)).isEmpty();
    assertThat(Families.byName("knn").notApplicableReason(huge)).isPresent();
    assertThat(Families.byName("naive-bayes").notApplicableReason(negative))
        .hasValueSatisfying(reason -> assertThat(reason).contains("non-negative"));
    assertThat(Families.byName("xgboost").notApplicableReason(huge)).isEmpty();
  }

  @Test
  void dataProfileOf_sharedDataset_countsRowsFeaturesClassesAndSigns() {
    SharedDatasets.Table iris = SharedDatasets.load("iris");
    SharedDatasets.Table approval = SharedDatasets.load("credit-approval");

    DataProfile irisProfile = DataProfile.of(iris.data(), iris.featuresWithMissingValues());
    DataProfile approvalProfile =
        DataProfile.of(approval.data(), approval.featuresWithMissingValues());

    assertThat(irisProfile).isEqualTo(new DataProfile(150, 4, 3, true, false));
    assertThat(approvalProfile.hasMissingValues()).isTrue();
    assertThat(DataProfile.of(iris.data(), Set.of("not-a-feature")).hasMissingValues()).isFalse();
  }

  @Test
  void dataProfile_oneClass_isRejected() {
    assertThatThrownBy(() -> new DataProfile(10, 3, 1, true, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classes must be at least 2, found 1");
  }

  @Test
  void featureFraction_anyExponent_triesAtLeastOneFeatureAndStaysBelowOneForForests() {
    for (int features = 1; features <= 64; features++) {
      for (double exponent = 0.0; exponent <= 1.0; exponent += 0.125) {
        float forest = TreeEnsembleFamily.featureFraction(exponent, features, true);
        float extra = TreeEnsembleFamily.featureFraction(exponent, features, false);
        assertThat(Math.round(forest * features)).isBetween(1, features);
        assertThat(forest).isLessThan(1.0f);
        assertThat(extra).isLessThanOrEqualTo(1.0f).isGreaterThan(0.0f);
      }
    }
    assertThat(TreeEnsembleFamily.featureFraction(0.5, 100, true)).isEqualTo(0.1f);
  }

  private static List<String> scores(Model<Label> model, MutableDataset<Label> data) {
    return model.predict(data).stream().map(FamiliesTest::describe).toList();
  }

  private static String describe(Prediction<Label> prediction) {
    return prediction.getOutput().getLabel() + " " + prediction.getOutputScores().values().stream()
        .map(label -> label.getLabel() + "=" + label.getScore())
        .sorted()
        .toList();
  }

  private static double[] zeros(ModelFamily family) {
    return new double[family.space().dimensions()];
  }

  private static double[] ones(ModelFamily family) {
    double[] point = new double[family.space().dimensions()];
    java.util.Arrays.fill(point, 1.0);
    return point;
  }

  private static double[] halves(ModelFamily family) {
    double[] point = new double[family.space().dimensions()];
    java.util.Arrays.fill(point, 0.5);
    return point;
  }
}
