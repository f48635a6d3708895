package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TrialsCsvTest {

  @TempDir Path dir;

  @Test
  void write_header_isTrialIdFirstWithUnitsInNames() throws IOException {
    String csv = written(ReportJsonTest.small());
    assertThat(csv.substring(0, csv.indexOf("\r\n"))).isEqualTo(
        "trial_id,on_front,family,status,failure_reason,rung,fidelity,training_rows,"
            + "validation_accuracy,balanced_accuracy,validation_folds,"
            + "validation_accuracy_standard_error,training_j,training_kwh,training_kg_co2e,"
            + "training_g_co2e,inference_j_per_prediction,model_size_bytes,wall_s,test_accuracy,"
            + "test_balanced_accuracy,member,region,energy_method,trial_j,trial_kg_co2e,"
            + "configuration");
  }

  @Test
  void write_smallReport_oneRowPerTrialWithFiguresAndEmptyNaN() throws IOException {
    List<CSVRecord> rows = parse(written(ReportJsonTest.small()));
    assertThat(rows).hasSize(3);
    CSVRecord first = rows.get(0);
    assertThat(first.get("trial_id")).isEqualTo("0");
    assertThat(first.get("on_front")).isEqualTo("true");
    assertThat(first.get("test_accuracy")).isEqualTo("0.95");
    assertThat(first.get("test_balanced_accuracy")).isEqualTo("0.94");
    assertThat(rows.get(1).get("test_accuracy")).isEmpty();
    assertThat(first.get("training_kwh")).isEqualTo("5.0E-5");
    assertThat(first.get("validation_folds")).isEqualTo("5");
    assertThat(first.get("validation_accuracy_standard_error")).isEqualTo("0.012");
    assertThat(rows.get(1).get("validation_folds")).isEqualTo("1");
    assertThat(Double.parseDouble(first.get("training_g_co2e"))).isCloseTo(0.02616, within());
    assertThat(first.get("configuration"))
        .isEqualTo("{\"max_depth\":6,\"eta\":0.3,\"subsample\":1.0,\"early_stopping\":true}");
    CSVRecord failed = rows.get(2);
    assertThat(failed.get("status")).isEqualTo("FAILED");
    assertThat(failed.get("validation_accuracy")).isEmpty();
    assertThat(failed.get("inference_j_per_prediction")).isEmpty();
    assertThat(failed.get("model_size_bytes")).isEmpty();
    assertThat(failed.get("validation_folds")).isEmpty();
  }

  @Test
  void write_commasQuotesAndLineBreaks_areQuotedPerRfc4180() throws IOException {
    TrialRow t = ReportJsonTest.small().trials().get(2);
    String reason = "failed, with \"quotes\"\r\nand a second line";
    TrialRow hostile =
        SyntheticReports.renamed(t, "a,b \"c\"", Map.of("x", "y,\"z\""), reason);
    RunReport small = ReportJsonTest.small();
    RunReport report = new RunReport(1, small.provenance(), small.budget(), small.stopReason(),
        small.gridSearch(), List.of(small.trials().get(0), hostile), List.of(0), List.of(),
        java.util.Optional.empty());
    String csv = written(report);

    assertThat(csv).contains(",\"a,b \"\"c\"\"\",")
        .contains("\"failed, with \"\"quotes\"\"\r\nand a second line\"")
        .contains("\"{\"\"x\"\":\"\"y,\\\"\"z\\\"\"\"\"}\"");
    assertThat(csv).endsWith("\r\n");
    CSVRecord row = parse(csv).get(1);
    assertThat(row.get("family")).isEqualTo("a,b \"c\"");
    assertThat(row.get("failure_reason")).isEqualTo(reason);
    assertThat(row.get("configuration")).isEqualTo("{\"x\":\"y,\\\"z\\\"\"}");
  }

  @Test
  void write_syntheticReport_everyRowHasEveryColumn() throws IOException {
    RunReport report = SyntheticReports.run(3);
    List<CSVRecord> rows = parse(written(report));
    assertThat(rows).hasSize(report.trials().size());
    assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(TrialsCsv.HEADER.size()));
    assertThat(rows.stream().filter(r -> r.get("on_front").equals("true"))
        .map(r -> Integer.parseInt(r.get("trial_id"))))
        .containsExactlyInAnyOrderElementsOf(report.frontTrialIds());
  }

  private String written(RunReport report) throws IOException {
    ReportWriter.write(report, dir);
    return Files.readString(dir.resolve(ReportWriter.TRIALS_CSV), StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    return format.parse(new StringReader(csv)).getRecords();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
