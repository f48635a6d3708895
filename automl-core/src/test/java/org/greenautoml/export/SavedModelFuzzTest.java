package org.greenautoml.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes loading a saved model ({@link SavedModel#loadFile}) with a corrupted Tribuo protobuf file
 * or a corrupted sidecar JSON beside an intact partner: the only acceptable failure is an {@link
 * ExportException} with a message, and a model that loads must predict one label per row. The
 * ONNX path is not fuzzed here: onnxruntime parses models in native code, where a crash would take
 * the test JVM down rather than fail one input. Regression inputs live in {@code
 * SavedModelFuzzTestInputs/}; {@code mvn -Pfuzz verify} fuzzes for the annotation's duration.
 */
final class SavedModelFuzzTest {

  private static final Fixture FIXTURE = Fixture.create();

  @FuzzTest(maxDuration = "30s")
  void loadFile_corruptedModelOrSidecar_failsOnlyWithExportException(FuzzedDataProvider data) {
    boolean corruptSidecar = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    Path directory = FIXTURE.freshCopy();
    Path target = corruptSidecar ? directory.resolve("trial-1.json") : FIXTURE.model(directory);
    write(target, corruptSidecar ? mutate(FIXTURE.sidecar, bytes) : mutate(FIXTURE.tribuo, bytes));
    try (SavedModel model = SavedModel.loadFile(FIXTURE.model(directory))) {
      List<String> labels = model.predictLabels(FIXTURE.trial.test());
      assertThat(labels).hasSize(FIXTURE.trial.test().rowCount());
    } catch (ExportException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  /** The intact bytes with the fuzzer's bytes written over a prefix, so most inputs stay close. */
  private static byte[] mutate(byte[] intact, byte[] patch) {
    if (patch.length == 0) {
      return new byte[0];
    }
    int length = patch[0] < 0 ? Math.min(intact.length, patch.length) : intact.length;
    byte[] out = java.util.Arrays.copyOf(intact, length);
    System.arraycopy(patch, 1, out, 0, Math.min(patch.length - 1, out.length));
    return out;
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One real saved model (CART on breast-cancer-wisconsin) whose files each input corrupts. */
  private record Fixture(TrainedTrial trial, byte[] tribuo, byte[] sidecar, Path root) {

    static Fixture create() {
      try {
        Path root = Files.createTempDirectory("saved-model-fuzz");
        TrainedTrial trial = TrainedTrial.train("cart", "breast-cancer-wisconsin.csv", 1);
        Path saved = trial.save(root.resolve("run"));
        return new Fixture(trial, Files.readAllBytes(saved),
            Files.readAllBytes(SavedModel.tribuoSidecar(saved)), root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Path freshCopy() {
      try {
        Path directory = Files.createDirectories(root.resolve("input"));
        Files.write(model(directory), tribuo);
        Files.write(directory.resolve("trial-1.json"), sidecar);
        return directory;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Path model(Path directory) {
      return directory.resolve("trial-1.tribuo");
    }
  }
}
