package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.greenautoml.BudgetStatement;
import org.greenautoml.Provenance;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.search.execute.StopReason;
import java.util.stream.Stream;
import org.greenautoml.TestScores;
import org.greenautoml.TestSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ReportJsonTest {

  private static final String GOLDEN = "report-v2.json";

  private static final String GOLDEN_V1 = "report-v1.json";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 11, 99})
  void read_writtenSyntheticReport_equalsOriginal(long seed) throws IOException {
    RunReport report = SyntheticReports.run(seed);
    ReportWriter.write(report, dir);
    assertThat(ReportReader.read(dir.resolve(ReportWriter.REPORT_JSON))).isEqualTo(report);
  }

  @Test
  void read_writtenHostileReport_equalsOriginal() throws IOException {
    RunReport report = HostileReports.report();
    ReportWriter.write(report, dir);
    assertThat(ReportReader.read(dir.resolve(ReportWriter.REPORT_JSON))).isEqualTo(report);
  }

  @Test
  void toJson_smallReport_matchesGoldenFile() throws IOException {
    String golden = golden(GOLDEN);
    assertThat(ReportWriter.toJson(small())).isEqualTo(golden);
  }

  @Test
  void read_goldenFile_equalsSmallReport() throws IOException {
    Path file = dir.resolve("golden.json");
    Files.writeString(file, golden(GOLDEN), StandardCharsets.UTF_8);
    RunReport read = ReportReader.read(file);
    assertThat(read).isEqualTo(small());
    assertThat(read.trials().get(1).configuration()).containsExactly(
        Map.entry("k", 5), Map.entry("distance", "l2"));
    assertThat(read.trials().get(0).testScores()).contains(new TestScores(0.95, 0.94));
    assertThat(read.provenance().testSet()).contains(new TestSet("iris-test.csv", "sha256:cd34", 38));
  }

  @Test
  void toHtml_crossValidatedFrontTrial_showsMeanWithStandardErrorAndFolds() {
    String html = ReportWriter.toHtml(small());
    String front = html.substring(html.indexOf("id=\"front-table\""));
    assertThat(front.substring(0, front.indexOf("</table>")))
        .contains("96.5% ± 1.2 pp (5 folds)");
  }

  @Test
  void read_versionOneGoldenFile_loadsWithoutTestScores() throws IOException {
    Path file = dir.resolve("golden-v1.json");
    Files.writeString(file, golden(GOLDEN_V1), StandardCharsets.UTF_8);
    RunReport read = ReportReader.read(file);
    assertThat(read).isEqualTo(small(1, false));
    assertThat(read.provenance().testSet()).isEmpty();
    assertThat(read.trials()).allSatisfy(t -> assertThat(t.testScores()).isEmpty());
    assertThat(read.trials().get(0).figures().orElseThrow().validationFolds()).isOne();
  }

  @Test
  void toJson_versionOneReport_isWrittenAsTheCurrentVersion() throws IOException {
    JsonNode root = new ObjectMapper().readTree(ReportWriter.toJson(small(1, false)));
    assertThat(root.get("schema_version").intValue()).isEqualTo(RunReport.SCHEMA_VERSION);
    assertThat(root.get("test_set").isNull()).isTrue();
    assertThat(root.get("trials").get(0).get("test_accuracy").isNull()).isTrue();
  }

  @Test
  void toJson_failedTrial_writesNaNAsNull() throws IOException {
    JsonNode failed = new ObjectMapper().readTree(ReportWriter.toJson(small())).get("trials").get(2);
    assertThat(failed.get("validation_accuracy").isNull()).isTrue();
    assertThat(failed.get("training_kwh").isNull()).isTrue();
    assertThat(failed.get("model_size_bytes").isNull()).isTrue();
  }

  @Test
  void read_otherSchemaVersion_failsNamingVersion() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    root.put("schema_version", 3);
    Path file = dir.resolve("v3.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("v3.json").hasMessageContaining("schema_version must be 1 to 2")
        .hasMessageContaining("found 3");
  }

  @Test
  void read_someFiguresNull_isRefused() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("trials").get(1)).putNull("training_j");
    Path file = dir.resolve("half.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("trials[1].validation_accuracy and the other figures of a trial"
            + " must all be numbers or all be null, found 1 null of 6");
  }

  @Test
  void read_kWhNotJoulesOver3600000_isRefused() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("trials").get(0)).put("training_kwh", 2.0);
    Path file = dir.resolve("kwh.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("trials[0].training_kwh must be training_j / 3.6e6 = 5.0E-5,"
            + " found 2.0");
  }

  @Test
  void read_unknownMeterMethod_isRefused() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("energy")).put("meter_method", "WATTMETER");
    Path file = dir.resolve("meter.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("energy.meter_method must be RAPL or POWER_MODEL, found \"WATTMETER\"");
  }

  @Test
  void read_unknownStopReason_isRefused() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("budget")).put("stop_reason", "all trials done");
    Path file = dir.resolve("stop.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("budget.stop_reason must be a stop reason in words")
        .hasMessageContaining("all trials done");
  }

  @Test
  void read_missingTrialField_namesItsPath() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("trials").get(1)).remove("family");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("trials[1].family is missing");
  }

  @Test
  void read_unknownStatus_namesPathAndValue() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("trials").get(1)).put("status", "DONE");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("trials[1].status must be SUCCEEDED, FAILED or STOPPED, found \"DONE\"");
  }

  @Test
  void read_mistypedField_namesPathAndValue() throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ReportWriter.toJson(small()));
    ((ObjectNode) root.get("budget")).put("spent_kwh", "lots");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, root.toString());
    assertThatThrownBy(() -> ReportReader.read(file))
        .hasMessageContaining("budget.spent_kwh must be a number, found string \"lots\"");
  }

  @Test
  void read_notJson_failsWithFileName() throws IOException {
    Path file = dir.resolve("garbage.json");
    Files.writeString(file, "{ not json");
    assertThatThrownBy(() -> ReportReader.read(file)).isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("garbage.json: not valid JSON");
  }

  @Test
  void write_outputDirectory_holdsExactlyTheThreeFiles() throws IOException {
    Path out = dir.resolve("nested/out");
    List<Path> written = ReportWriter.write(SyntheticReports.run(5), out);
    ReportWriter.write(SyntheticReports.run(5), out);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.json", "trials.csv", "report.html");
    }
    assertThat(written).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(out.toAbsolutePath()));
  }

  @Test
  void inside_nameLeavingTheDirectory_isRefused() {
    assertThatThrownBy(() -> AtomicFiles.inside(dir, "../escape.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain name");
    assertThatThrownBy(() -> AtomicFiles.inside(dir, "/tmp/abs.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ReportJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A three-trial report with a test set: one on the front, one not, one failed. */
  static RunReport small() {
    return small(RunReport.SCHEMA_VERSION, true);
  }

  /** A three-trial report of {@code version}: one on the front, one not, one failed. */
  static RunReport small(int version, boolean tested) {
    Optional<TestScores> scores =
        tested ? Optional.of(new TestScores(0.95, 0.94)) : Optional.empty();
    Map<String, Object> xgb = new LinkedHashMap<>();
    xgb.put("max_depth", 6);
    xgb.put("eta", 0.3);
    xgb.put("subsample", 1.0);
    xgb.put("early_stopping", true);
    Map<String, Object> knn = new LinkedHashMap<>();
    knn.put("k", 5);
    knn.put("distance", "l2");
    List<TrialRow> trials = List.of(
        SyntheticReports.succeeded(0, "xgboost", xgb, 3, 1.0, 455, new TrialRow.Figures(0.965,
            0.96, 180.0, 2.616e-5, 1.2e-5, OptionalLong.of(120_000), version >= 2 ? 5 : 1,
            version >= 2 ? 0.012 : 0.0), 2.5, true, scores),
        SyntheticReports.succeeded(1, "knn", knn, 2, 1.0 / 3, 152, new TrialRow.Figures(0.93,
            0.925, 1.8, 2.616e-7, 3.0e-4, OptionalLong.of(48_000), 1, 0.0), 0.1, false,
            Optional.empty()),
        SyntheticReports.failed(2, "cart", Map.of(), 0, 1.0 / 27, 17, "one class in subsample",
            0.01));
    Provenance p = new Provenance(42L, "iris.csv", "sha256:ab12", 150, 4, 3, "asha",
        List.of("validation_error", "training_kwh"), EnergyMethod.RAPL, "package-0 + dram",
        OptionalDouble.of(0.1),
        ProvenanceJson.intensity("FR", "France", 56.0, "Ember via Our World in Data", 2023),
        new Pue(1.1, "user"),
        Map.of("greenautoml", "0.1.0", "tribuo", "4.3.2", "java", "17.0.12", "os", "Linux"),
        Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:05.250Z"),
        tested ? Optional.of(new TestSet("iris-test.csv", "sha256:cd34", 38)) : Optional.empty());
    BudgetStatement b = new BudgetStatement(0.001, 3.2e-6, 5.2e-5, 1.0e-6, Optional.empty());
    return new RunReport(version, p, b, StopReason.SPACE_EXHAUSTED,
        new GridSearchEstimate(OptionalDouble.of(0.0021), 729), trials, List.of(0),
        List.of(new RegionEmission("PL", "Poland", 0.0379, "Ember via Our World in Data", 2023)),
        Optional.empty());
  }
}
