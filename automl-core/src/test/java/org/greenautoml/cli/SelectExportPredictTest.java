package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenautoml.cli.FitCommandTest.assertUserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.report.ReportReader;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.greenautoml.report.TrialRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SelectExportPredictTest {

  @TempDir Path temp;

  @Test
  void select_knee_printsAFrontTrialFirst() throws Exception {
    Path run = DemoRun.directory();
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));

    CliRun select = CliRun.of("select", run.toString(), "--knee");

    assertThat(select.status()).as(select.err()).isZero();
    int id = Integer.parseInt(select.out().lines().findFirst().orElseThrow().substring(6));
    assertThat(report.frontTrialIds()).contains(id);
    assertThat(select.out()).contains("why: ").contains("validation accuracy");
  }

  @Test
  void select_withinZeroPoints_choosesTheMostAccurate() throws Exception {
    Path run = DemoRun.directory();
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    double best = report.frontTrials().stream()
        .mapToDouble(t -> t.figures().orElseThrow().validationAccuracy()).max()
        .orElseThrow();

    CliRun select = CliRun.of("select", run.toString(), "--within-accuracy", "0");

    int id = Integer.parseInt(select.out().lines().findFirst().orElseThrow().substring(6));
    assertThat(report.trial(id).orElseThrow().figures().orElseThrow().validationAccuracy())
        .isEqualTo(best);
  }

  @Test
  void select_capNothingSatisfies_exitsTwoWithNearestCandidates() throws Exception {
    CliRun select = CliRun.of("select", DemoRun.directory().toString(), "--max-kwh", "0");

    assertThat(select.status()).isEqualTo(2);
    assertThat(select.err()).contains("no candidate has training energy <= 0.0 kWh");
    assertThat(select.out()).startsWith("nearest candidates:").contains("trial ");
  }

  @Test
  void select_twoRequests_exitsTwo() throws Exception {
    assertUserError(CliRun.of("select", DemoRun.directory().toString(), "--knee", "--max-g", "1"),
        "mutually exclusive");
  }

  @Test
  void exportThenPredict_tribuoKnee_scoresEveryRow() throws Exception {
    Path run = DemoRun.directory();
    Path csv = DemoRun.csv(temp);

    CliRun export = CliRun.of("export", run.toString(), "--knee", "--format", "tribuo", "--to",
        "exported/knee.tribuo");
    assertThat(export.status()).as(export.err()).isZero();
    Path scores = temp.resolve("scores.csv");
    CliRun predict = CliRun.of("predict", "--model", run.resolve("exported/knee.tribuo")
        .toString(), "--data", csv.toString(), "--target", "class", "--out", scores.toString());

    assertThat(predict.status()).as(predict.err()).isZero();
    List<String> lines = Files.readAllLines(scores);
    assertThat(lines).hasSize(570);
    assertThat(lines.get(0)).isEqualTo("row,prediction,p_B,p_M");
    assertThat(predict.err()).containsPattern("accuracy (9\\d|100)\\.\\d\\d%");
  }

  @Test
  void exportOnnx_logisticFrontModel_predictsTheSameLabelsAsTribuo() throws Exception {
    Path run = DemoRun.directory();
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    TrialRow logistic = report.frontTrials().stream()
        .filter(t -> t.family().equals("logistic")).findFirst()
        .orElseGet(() -> report.frontTrials().get(0));
    String id = Integer.toString(logistic.id());
    Path csv = DemoRun.csv(temp);
    assertThat(CliRun.of("export", run.toString(), "--model", id, "--format", "tribuo", "--to",
        "m" + id + ".tribuo").status()).isZero();
    CliRun onnx = CliRun.of("export", run.toString(), "--model", id, "--format", "onnx", "--to",
        "m" + id + ".onnx");
    if (!logistic.family().equals("logistic")) {
      assertUserError(onnx, "onnx");
      return;
    }
    assertThat(onnx.status()).as(onnx.err()).isZero();

    CliRun fromTribuo = CliRun.of("predict", "--model", run.resolve("m" + id + ".tribuo")
        .toString(), "--data", csv.toString());
    CliRun fromOnnx = CliRun.of("predict", "--model", run.resolve("m" + id + ".onnx").toString(),
        "--data", csv.toString());

    assertThat(fromOnnx.status()).as(fromOnnx.err()).isZero();
    assertThat(labels(fromOnnx.out())).hasSize(569).isEqualTo(labels(fromTribuo.out()));
  }

  @Test
  void export_targetOutsideRunDirectory_exitsTwo() throws Exception {
    assertUserError(CliRun.of("export", DemoRun.directory().toString(), "--knee", "--format",
        "tribuo", "--to", "../escape.tribuo"), "escape.tribuo");
    assertUserError(CliRun.of("export", DemoRun.directory().toString(), "--knee", "--format",
        "tribuo", "--to", temp.resolve("abs.tribuo").toString()), "abs.tribuo");
  }

  @Test
  void export_unknownModelId_exitsTwoListingSavedTrials() throws Exception {
    assertUserError(CliRun.of("export", DemoRun.directory().toString(), "--model", "99999",
        "--format", "tribuo", "--to", "x.tribuo"), "99999");
  }

  @Test
  void predict_missingModelFile_exitsTwo() throws Exception {
    assertUserError(CliRun.of("predict", "--model", temp.resolve("none.onnx").toString(),
        "--data", DemoRun.csv(temp).toString()), "none.onnx");
  }

  private static List<String> labels(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",")[1]).toList();
  }
}
