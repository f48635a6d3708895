package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.greenautoml.BudgetStatement;
import org.greenautoml.FixedResults;
import org.greenautoml.MachineCharges;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.execute.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static and embodied shares travel as typed fields into report.json, the HTML and run.json. */
final class MachineChargesReportTest {

  private static final double STATIC_KWH = 2.5e-5;
  private static final double EMBODIED_KG = 3.75e-6;

  @TempDir Path dir;

  @Test
  void write_runWithStaticAndEmbodiedShares_jsonCarriesTypedFields() throws IOException {
    RunReport report = RunReports.from(result(true));
    ReportWriter.write(report, dir);

    JsonNode budget = ReportWriter.mapper()
        .readTree(dir.resolve(ReportWriter.REPORT_JSON).toFile()).get("budget");
    assertThat(budget.get("static_kwh").doubleValue()).isEqualTo(STATIC_KWH);
    assertThat(budget.get("embodied_kg_co2e").doubleValue()).isEqualTo(EMBODIED_KG);
    assertThat(budget.get("embodied_charged").booleanValue()).isTrue();
    RunReport read = ReportReader.read(dir.resolve(ReportWriter.REPORT_JSON));
    assertThat(read.budget().machineCharges())
        .contains(new MachineCharges(STATIC_KWH, EMBODIED_KG, true));
    assertThat(read).isEqualTo(report);
  }

  @Test
  void toHtml_runWithEmbodiedNotCharged_showsBothShares() {
    String html = ReportWriter.toHtml(RunReports.from(result(false)));

    assertThat(html).contains("<span id=\"static-kwh\">static share 2.5e-5 kWh</span>",
        "<span id=\"embodied\">embodied 0.00375 g CO2e, not charged</span>");
  }

  @Test
  void fromRunDirectory_savedRunFacts_keepsStaticAndEmbodiedShares() throws IOException {
    SearchResult result = result(true);
    RunReports.writeRunFacts(result, dir);

    SearchResult read =
        RunFactsJson.read(dir.resolve(RunReports.RUN_JSON), result.trials()).build();
    assertThat(read.budget().machineCharges())
        .contains(new MachineCharges(STATIC_KWH, EMBODIED_KG, true));
  }

  @Test
  void read_budgetWithoutShares_hasNoMachineCharges() throws IOException {
    RunReport report = SyntheticReports.run(7);
    ReportWriter.write(report, dir);

    String json = Files.readString(dir.resolve(ReportWriter.REPORT_JSON));
    assertThat(json).doesNotContain("static_kwh");
    assertThat(ReportReader.read(dir.resolve(ReportWriter.REPORT_JSON)).budget().machineCharges())
        .isEmpty();
  }

  private static SearchResult result(boolean embodiedCharged) {
    List<TrialRecord> trials =
        List.of(FixedResults.trial(0, 0.9, 1e-4, 1e-3), FixedResults.trial(1, 0.8, 5e-5, 1e-4));
    double trialsKWh = 1.5e-4;
    double overheadKWh = 4e-5;
    double spent = (trialsKWh + overheadKWh) * FixedResults.KG_PER_KWH
        + (embodiedCharged ? EMBODIED_KG : 0);
    BudgetStatement budget = BudgetStatement.of(0.01, spent, trialsKWh, overheadKWh,
        new MachineCharges(STATIC_KWH, EMBODIED_KG, embodiedCharged));
    return SearchResult.builder(trials, trials, 1.0, StopReason.BUDGET, budget,
            FixedResults.provenance())
        .gridConfigurations(Map.of("xgboost", 729L)).build();
  }
}
