package org.greenautoml.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenautoml.data.EncodingSchema;
import org.greenautoml.trial.FeatureTransform;
import org.greenautoml.trial.FeatureTransform.WhenAbsent;
import org.greenautoml.trial.InputLayout;
import org.greenautoml.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidecar JSON format: round trip, the ONNX section, and bad files. */
final class SidecarJsonTest {

  private static final String GOLDEN = "sidecar-v1.json";

  @TempDir Path dir;

  private static ModelSidecar sidecar() {
    EncodingSchema schema =
        new EncodingSchema(
            List.of("x", "colour=blue", "colour=red"),
            Map.of("colour", List.of("blue", "red")),
            Set.of("x"),
            List.of("no", "yes"));
    InputLayout layout =
        new InputLayout(
            List.of(
                new FeatureTransform("colour=blue", WhenAbsent.ZERO, 0, 0, 1),
                new FeatureTransform("colour=red", WhenAbsent.ZERO, 0, 0, 1),
                new FeatureTransform("x", WhenAbsent.IMPUTE, 2.5, 2.5, 1.25)));
    return new ModelSidecar(
        "logistic", 12, Optional.of(schema), layout, List.of("colour=blue", "colour=red", "x"),
        List.of("yes", "no"), Optional.empty());
  }

  @Test
  void read_writtenSidecar_givesItBack() {
    Path file = dir.resolve("m.json");
    ModelSidecar written = sidecar();

    SidecarJson.write(written, file);

    assertThat(SidecarJson.read(file)).isEqualTo(written);
  }

  @Test
  void write_fixedOnnxSidecar_matchesGoldenFile() throws IOException {
    Path file = dir.resolve("m.onnx.layout.json");
    SidecarJson.write(goldenSidecar(), file);
    Golden.assertMatches(Files.readString(file), getClass(), GOLDEN);
  }

  @Test
  void read_goldenFile_givesTheSidecarBack() throws IOException {
    Path file = dir.resolve(GOLDEN);
    Files.writeString(file, Golden.text(getClass(), GOLDEN));
    assertThat(SidecarJson.read(file)).isEqualTo(goldenSidecar());
  }

  private static ModelSidecar goldenSidecar() {
    return sidecar().withOnnx(new OnnxSignature("input", 0.0, "probabilities", true,
        Optional.of("label")));
  }

  @Test
  void read_writtenOnnxSidecarWithNaNAbsentValue_givesItBack() throws IOException {
    Path file = dir.resolve("m.onnx.layout.json");
    ModelSidecar written =
        sidecar().withOnnx(new OnnxSignature("input", Double.NaN, "probabilities", true,
            Optional.of("label")));

    SidecarJson.write(written, file);

    ModelSidecar read = SidecarJson.read(file);
    assertThat(read.onnx().orElseThrow().absentFeatureValue()).isNaN();
    assertThat(read.onnx().orElseThrow().labelOutput()).contains("label");
    assertThat(Files.readString(file))
        .contains("\"shape\" : [ -1, 3 ]")
        .contains("\"shape\" : [ -1, 2 ]")
        .contains("\"absentFeatureValue\" : \"NaN\"");
  }

  @Test
  void read_otherJson_isRefusedNamingTheFormat() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"format\": \"something-else\"}");

    assertThatThrownBy(() -> SidecarJson.read(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining(SidecarJson.FORMAT);
  }

  @Test
  void read_missingField_namesIt() throws IOException {
    String json = SidecarJson.toJson(sidecar()).replace("\"featureOrder\"", "\"renamed\"");
    Path file = Files.writeString(dir.resolve("x.json"), json);

    assertThatThrownBy(() -> SidecarJson.read(file))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("featureOrder");
  }
}
