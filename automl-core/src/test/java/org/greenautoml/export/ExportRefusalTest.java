package org.greenautoml.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What export and loading refuse, with a message the user can act on: paths that leave the run
 * directory, unknown trial ids, families without ONNX export, and unreadable model files.
 */
final class ExportRefusalTest {

  private static TrainedTrial logistic;
  private static TrainedTrial knn;

  @TempDir Path root;

  @BeforeAll
  static void train() {
    logistic = TrainedTrial.train("logistic", "breast-cancer-wisconsin.csv", 4);
    knn = TrainedTrial.train("knn", "breast-cancer-wisconsin.csv", 9);
  }

  private Path run() throws IOException {
    Path run = Files.createDirectories(root.resolve("run"));
    logistic.save(run);
    knn.save(run);
    return run;
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape.onnx", "models/../../escape.onnx", "a/../../escape.onnx"})
  void export_pathClimbingOut_isRefusedAndNothingIsWritten(String target) throws IOException {
    Path run = run();

    assertThatThrownBy(() -> ModelExporter.export(run, 4, ExportFormat.ONNX, target))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("leaves the run directory");
    assertThat(root.resolve("escape.onnx")).doesNotExist();
  }

  @Test
  void export_absolutePath_isRefused() throws IOException {
    Path run = run();
    String target = root.resolve("absolute.tribuo").toAbsolutePath().toString();

    assertThatThrownBy(() -> ModelExporter.export(run, 4, ExportFormat.TRIBUO, target))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("must be relative");
    assertThat(root.resolve("absolute.tribuo")).doesNotExist();
  }

  @Test
  void export_throughSymlinkedFolderLeavingTheRun_isRefused() throws IOException {
    Path run = run();
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.createSymbolicLink(run.resolve("link"), outside);

    assertThatThrownBy(() -> ModelExporter.export(run, 4, ExportFormat.ONNX, "link/model.onnx"))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("leads out of the run directory");
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void load_savedModelSymlinkedOutOfTheRun_isRefused() throws IOException {
    Path run = run();
    Path outside = Files.createDirectories(root.resolve("elsewhere"));
    Path real = outside.resolve("trial-4.tribuo");
    Files.move(run.resolve("models/trial-4.tribuo"), real);
    Files.createSymbolicLink(run.resolve("models/trial-4.tribuo"), real);

    assertThatThrownBy(() -> ModelStore.load(run, 4))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("leads out of the run directory");
  }

  @Test
  void load_unknownTrial_listsTheSavedIds() throws IOException {
    Path run = run();

    assertThat(ModelStore.savedTrialIds(run)).containsExactly(4, 9);
    assertThatThrownBy(() -> ModelStore.load(run, 5))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("trial 5 has no saved model")
        .hasMessageContaining("[4, 9]");
    assertThatThrownBy(() -> ModelExporter.export(run, -1, ExportFormat.TRIBUO, "x.tribuo"))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("[4, 9]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"knn", "naive-bayes"})
  void formatsFor_familyWithoutOnnx_isTribuoOnly(String family) {
    assertThat(ModelExporter.formatsFor(family)).containsExactly(ExportFormat.TRIBUO);
  }

  @Test
  void formatsFor_tribuoExportableFamilies_includeOnnx() {
    for (String family : new String[] {"logistic", "linear-svm", "fm", "rbf-svm"}) {
      assertThat(ModelExporter.formatsFor(family))
          .as(family)
          .containsExactlyInAnyOrder(ExportFormat.ONNX, ExportFormat.TRIBUO);
    }
  }

  @Test
  void export_knnToOnnx_namesTheFormatsThatWork() throws IOException {
    Path run = run();

    assertThatThrownBy(() -> ModelExporter.export(run, 9, ExportFormat.ONNX, "knn.onnx"))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("knn family cannot be exported to onnx")
        .hasMessageContaining("formats that work for it: tribuo");
    assertThat(run.resolve("knn.onnx")).doesNotExist();
  }

  @Test
  void export_targetWithWrongExtension_isRefused() throws IOException {
    Path run = run();

    assertThatThrownBy(() -> ModelExporter.export(run, 4, ExportFormat.ONNX, "model.tribuo"))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("must end in .onnx");
  }

  @Test
  void loadFile_truncatedTribuoFile_givesClearError() throws IOException {
    Path run = run();
    Path file = ModelExporter.export(run, 4, ExportFormat.TRIBUO, "cut.tribuo");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> SavedModel.loadFile(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("is not a readable Tribuo model file");
  }

  @Test
  void loadFile_corruptedOnnxFile_givesClearError() throws IOException {
    Path run = run();
    Path file = ModelExporter.export(run, 4, ExportFormat.ONNX, "bad.onnx");
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i += 7) {
      bytes[i] = (byte) ~bytes[i];
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> SavedModel.loadFile(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("is not a readable ONNX model");
  }

  @Test
  void loadFile_garbageWithTribuoExtension_givesClearError() throws IOException {
    Path run = run();
    Path file = run.resolve("garbage.tribuo");
    Files.writeString(file, "this is not a protobuf model");
    Files.copy(run.resolve("models/trial-4.json"), run.resolve("garbage.json"));

    assertThatThrownBy(() -> SavedModel.loadFile(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("is not a readable Tribuo model file");
  }

  @Test
  void loadFile_otherExtension_namesTheAcceptedFormats() throws IOException {
    Path file = Files.writeString(root.resolve("model.pkl"), "x");

    assertThatThrownBy(() -> SavedModel.loadFile(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining(".tribuo")
        .hasMessageContaining(".onnx");
  }

  @Test
  void loadFile_missingSidecar_saysSo() throws IOException {
    Path run = run();
    Path file = ModelExporter.export(run, 4, ExportFormat.ONNX, "lonely.onnx");
    Files.delete(run.resolve("lonely.onnx.layout.json"));

    assertThatThrownBy(() -> SavedModel.loadFile(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("sidecar")
        .hasMessageContaining("is missing");
  }
}
