package org.greenautoml.export.trees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The acceptance check: for every tree family on real datasets (binary and multiclass,
 * numeric and categorical, with missing values), onnxruntime's labels equal Tribuo's on the whole
 * test split and the probabilities agree within 1e-5.
 */
final class TreeOnnxExporterTest {

  private static final java.util.logging.Logger TRIBUO_LOGS = quietTribuo();
  private static final long SEED = 20240612L;
  private static final double TOLERANCE = 1e-5;
  private static final Map<String, String> SUMMARY = new TreeMap<>();

  private static java.util.logging.Logger quietTribuo() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.tribuo");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  /** Dataset, row cap: binary numeric, binary mixed, binary categorical, multiclass numeric,
   *  multiclass categorical, binary with missing numeric cells, 19 classes with missing cells. */
  private static final Map<String, Integer> DATASETS = new TreeMap<>(Map.of(
      "breast-cancer-wisconsin", 600,
      "credit-g", 1000,
      "kr-vs-kp", 1200,
      "vehicle", 900,
      "car", 1200,
      "sick", 1500,
      "soybean", 700));

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String family : List.of("xgboost", "cart", "random-forest", "extra-trees")) {
      DATASETS.forEach((dataset, rows) -> cases.add(Arguments.of(family, dataset, rows)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void toOnnx_treeFamilyOnRealData_matchesTribuoOnTestSplit(String familyName, String dataset,
      int maxRows) throws Exception {
    ModelFamily family = Families.byName(familyName);
    ExportData.Split split = ExportData.load(dataset, maxRows, family, SEED);
    Model<Label> model = family.train(split.train(), split.validation(),
        family.space().defaults().get(0), SEED);
    assertThat(TreeOnnxExporter.supports(model)).isTrue();

    byte[] onnx = TreeOnnxExporter.toOnnx(model, "org.greenautoml.test", 1);
    float absent = family.handlesMissingValues() ? Float.NaN : 0.0f;
    float[][] input = ExportData.matrix(split.test(), model.getFeatureIDMap(), absent);
    ExportData.Answers expected = ExportData.tribuo(model, split.test());
    ExportData.Answers actual;
    try (OnnxScorer scorer = new OnnxScorer(onnx)) {
      actual = scorer.score(input);
    }

    assertThat(actual.labels()).containsExactly(expected.labels());
    double largest = largestDifference(expected.probabilities(), actual.probabilities());
    synchronized (SUMMARY) {
      SUMMARY.put(familyName + " / " + dataset, String.format(
          "%d test rows, %d classes, %d features, max |p diff| %.3g", input.length,
          model.getOutputIDInfo().size(), model.getFeatureIDMap().size(), largest));
    }
    assertThat(largest).isLessThanOrEqualTo(TOLERANCE);
  }

  static double largestDifference(float[][] expected, float[][] actual) {
    assertThat(actual.length).isEqualTo(expected.length);
    double largest = 0.0;
    for (int r = 0; r < expected.length; r++) {
      assertThat(actual[r]).hasSameSizeAs(expected[r]);
      for (int c = 0; c < expected[r].length; c++) {
        largest = Math.max(largest, Math.abs((double) expected[r][c] - actual[r][c]));
      }
    }
    return largest;
  }

  @AfterAll
  static void printSummary() {
    System.Logger log = System.getLogger(TreeOnnxExporterTest.class.getName());
    SUMMARY.forEach((key, value) -> log.log(System.Logger.Level.INFO, key + ": " + value));
  }
}
