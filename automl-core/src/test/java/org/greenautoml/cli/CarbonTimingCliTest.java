package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.log.EmissionsCsv;
import org.greenautoml.report.ReportReader;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.greenautoml.report.TimingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fit} with the bundled GB series, replayed from a clean hour (03:00 on 2023-03-14, 76
 * gCO2e/kWh, under the 150 threshold) so that it runs without waiting.
 */
final class CarbonTimingCliTest {

  @TempDir Path temp;

  private static Path bundledSeries(Path dir) throws Exception {
    Path file = dir.resolve("gb.csv");
    try (var in = CarbonIntensitySeries.class.getResourceAsStream(
        "series/gb-national-2023-03-14.csv")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void fit_intensitySeries_reportsEachTrialsIntensityEverywhere() throws Exception {
    Path series = bundledSeries(temp);
    Path run = temp.resolve("run");
    CliRun fit = CliRun.of("fit", "--out", run.toString(), "--max-trials", "6", "--workers", "1",
        "--families", "logistic,cart", "--intensity-series", series.toString(),
        "--pause-above", "150", "--start-at", "2023-03-14T03:00:00Z", "--time-limit", "10m");
    assertThat(fit.status()).as(fit.err()).isZero();
    assertThat(fit.out()).contains("charged by time").contains("replayed from 2023-03-14T03:00:00Z");

    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    TimingReport timing = report.timing().orElseThrow();
    CarbonIntensitySeries gb = CarbonIntensitySeries.read(series);
    assertThat(timing.trials().keySet()).containsExactlyInAnyOrderElementsOf(
        report.trials().stream().map(t -> t.id()).toList());
    timing.trials().values().forEach(t -> assertThat(t.gramsPerKWh())
        .isEqualTo(gb.meanIntensity(t.startedAt(), t.endedAt())));
    assertThat(timing.pauseAboveGramsPerKWh()).hasValue(150);

    List<String> csv = Files.readAllLines(run.resolve("trials.csv"));
    assertThat(csv.get(0)).endsWith("started_at,ended_at,intensity_g_per_kwh");
    List<String> emissions = Files.readAllLines(run.resolve("emissions.csv"));
    assertThat(emissions.get(0)).isEqualTo(String.join(",", EmissionsCsv.COLUMNS) + ","
        + String.join(",", EmissionsCsv.EXTRA_COLUMNS));
    assertThat(emissions).hasSize(1 + report.trials().size() + 1);
    String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("Carbon-aware timing").contains("id=\"intensity-chart\"");

    byte[] json = Files.readAllBytes(run.resolve("report.json"));
    CliRun again = CliRun.of("report", run.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(run.resolve("report.json"))).isEqualTo(json);
  }

  @Test
  void fit_seriesWithAGap_exitsTwoNamingLineAndColumn() throws Exception {
    Path series = temp.resolve("gap.csv");
    Files.writeString(series, "timestamp,g_co2e_per_kwh\n2023-03-14T01:00:00Z,81\n"
        + "2023-03-14T01:30:00Z,73\n2023-03-14T03:00:00Z,70\n");
    CliRun fit = CliRun.of("fit", "--out", temp.resolve("run").toString(),
        "--intensity-series", series.toString());
    assertThat(fit.status()).isEqualTo(2);
    assertThat(fit.err()).contains("gap.csv, line 4, column 1: gap: 2 row(s) of PT30M missing")
        .doesNotContain("Exception");
  }

  @Test
  void fit_pauseAboveWithoutSeries_exitsTwo() {
    CliRun fit = CliRun.of("fit", "--out", temp.resolve("run").toString(), "--pause-above", "100");
    assertThat(fit.status()).isEqualTo(2);
    assertThat(fit.err()).contains("--pause-above needs --intensity-series FILE");
  }
}
