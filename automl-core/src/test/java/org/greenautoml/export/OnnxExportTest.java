package org.greenautoml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For every ONNX-exportable family, on real datasets (binary with categorical columns, binary
 * with missing values, multiclass numeric): the exported graph scored by onnxruntime predicts the
 * labels of the in-memory Tribuo model on the whole test split, with scores within 1e-5; the
 * Tribuo-format export reloads and predicts identically.
 */
final class OnnxExportTest {

  private static final double TOLERANCE = 1e-5;

  @TempDir Path run;

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "logistic, credit-g.csv",
    "logistic, credit-approval.csv",
    "logistic, wine.csv",
    "linear-svm, credit-g.csv",
    "linear-svm, credit-approval.csv",
    "linear-svm, wine.csv",
    "fm, credit-g.csv",
    "fm, credit-approval.csv",
    "fm, wine.csv",
    "rbf-svm, credit-g.csv",
    "rbf-svm, credit-approval.csv",
    "rbf-svm, breast-cancer-wisconsin.csv",
    "rbf-svm, wine.csv",
    "xgboost, credit-approval.csv",
    "xgboost, wine.csv",
    "cart, credit-g.csv",
    "random-forest, credit-approval.csv",
    "extra-trees, wine.csv"
  })
  void export_onnx_onnxruntimeMatchesTribuoOnTestSplit(String family, String dataset) {
    TrainedTrial trial = TrainedTrial.train(family, dataset, 3);
    trial.save(run);

    Path onnx = ModelExporter.export(run, 3, ExportFormat.ONNX, "export/model.onnx");

    assertThat(onnx).isRegularFile().startsWith(run.toAbsolutePath());
    assertThat(run.resolve("export/model.onnx.layout.json")).isRegularFile();
    try (SavedModel exported = SavedModel.loadFile(onnx)) {
      assertThat(exported.classes()).isEqualTo(SavedModel.classes(trial.model().model()));
      assertThat(exported.predictLabels(trial.test())).isEqualTo(trial.expectedLabels());
      float[][] scores = exported.predictProbabilities(trial.test());
      double[][] expected = trial.expectedScores();
      assertThat(scores).hasNumberOfRows(expected.length);
      double largest = 0;
      for (int r = 0; r < expected.length; r++) {
        for (int c = 0; c < expected[r].length; c++) {
          largest = Math.max(largest, Math.abs(scores[r][c] - expected[r][c]));
        }
      }
      System.out.printf("ONNX %s on %s: %d test rows, largest score difference %.3g%n",
          family, dataset, expected.length, largest);
      assertThat(largest).isLessThanOrEqualTo(TOLERANCE);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "xgboost, credit-approval.csv",
    "logistic, credit-g.csv",
    "linear-svm, wine.csv",
    "cart, credit-g.csv",
    "random-forest, credit-approval.csv",
    "extra-trees, wine.csv",
    "knn, credit-g.csv",
    "fm, credit-g.csv",
    "rbf-svm, wine.csv",
    "naive-bayes, credit-g.csv"
  })
  void export_tribuo_reloadsAndPredictsIdentically(String family, String dataset) {
    TrainedTrial trial = TrainedTrial.train(family, dataset, 8);
    trial.save(run);

    Path file = ModelExporter.export(run, 8, ExportFormat.TRIBUO, "best.tribuo");

    assertThat(run.resolve("best.json")).isRegularFile();
    try (SavedModel reloaded = SavedModel.loadFile(file);
        SavedModel stored = ModelStore.load(run, 8)) {
      assertThat(reloaded.family()).isEqualTo(family);
      assertThat(reloaded.predictLabels(trial.test())).isEqualTo(trial.expectedLabels());
      double[][] expected = trial.expectedScores();
      float[][] scores = reloaded.predictProbabilities(trial.test());
      for (int r = 0; r < expected.length; r++) {
        for (int c = 0; c < expected[r].length; c++) {
          assertThat(scores[r][c]).as("row %d class %d", r, c).isEqualTo((float) expected[r][c]);
        }
      }
      assertThat(stored.predictProbabilities(trial.test())).isDeepEqualTo(scores);
    }
    assertThat(List.of(run.resolve("best.tribuo"))).allMatch(Files::isRegularFile);
  }
}
