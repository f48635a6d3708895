package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.BudgetStatement;
import org.greenautoml.MachineCharges;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.Test;

final class RecordValidationTest {

  private static final RunReport SMALL = ReportJsonTest.small();
  private static final TrialRow OK = SMALL.trials().get(0);

  @Test
  void trialRow_succeededWithNaNMetric_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.SUCCEEDED, "", Double.NaN, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("trial 0: a SUCCEEDED trial must have every metric");
  }

  @Test
  void trialRow_failedOnFront_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.FAILED, "oom", Double.NaN, true))
        .hasMessage("trial 0: a trial on the front must be SUCCEEDED, found FAILED");
  }

  @Test
  void trialRow_failedWithoutReason_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.FAILED, " ", Double.NaN, false))
        .hasMessage("trial 0: failure reason must not be blank when FAILED");
  }

  @Test
  void trialRow_accuracyAboveOne_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.SUCCEEDED, "", 1.5, false))
        .hasMessage("trial 0: validation accuracy must be in [0, 1] or NaN, found 1.5");
  }

  @Test
  void trialRow_kWhNotJoulesOver3600000_isRefused() {
    assertThatThrownBy(() -> new TrialRow(0, "x", Map.of(), 0, 1, 1, TrialStatus.SUCCEEDED, "", 0.9,
        0.9, 3600, 2.0, 0.1, 1e-6, 10, 1, false))
        .hasMessageContaining("training kWh must be training joules / 3.6e6 = 0.001, found 2.0");
  }

  @Test
  void trialRow_unsupportedConfigurationValue_isRefused() {
    assertThatThrownBy(() -> new TrialRow(0, "x", Map.of("p", List.of(1)), 0, 1, 1,
        TrialStatus.FAILED, "e", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, -1, 0, false))
        .hasMessage("trial 0: value of p must be an Integer, a finite Double, a String or a Boolean, found [1]");
  }

  @Test
  void trialRow_configuration_keepsOrderAndIsUnmodifiable() {
    assertThat(OK.configuration().keySet())
        .containsExactly("max_depth", "eta", "subsample", "early_stopping");
    assertThatThrownBy(() -> OK.configuration().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void runReport_frontIdsDisagreeWithFlags_isRefused() {
    assertThatThrownBy(() -> report(1, SMALL.trials(), List.of(1)))
        .hasMessage("front trial ids must be the trials flagged onFront [0], found [1]");
  }

  @Test
  void runReport_duplicateTrialIds_isRefused() {
    assertThatThrownBy(() -> report(1, List.of(OK, OK), List.of(0)))
        .hasMessage("trial ids must be unique, found 0 twice");
  }

  @Test
  void runReport_otherSchemaVersion_isRefused() {
    assertThatThrownBy(() -> report(3, SMALL.trials(), SMALL.frontTrialIds()))
        .hasMessage("schema version must be 1 to 2, found 3");
  }

  @Test
  void budgetStatement_overheadAboveSpent_isRefused() {
    assertThatThrownBy(() -> new BudgetStatement(1, 0.1, 1, 2, Optional.empty()))
        .hasMessage("overhead kWh must be <= spent kWh 1.0, found 2.0");
  }

  @Test
  void budgetStatement_staticAboveOverhead_isRefused() {
    assertThatThrownBy(() -> new BudgetStatement(1, 0.1, 1, 0.5,
        Optional.of(new MachineCharges(0.6, 0, false))))
        .hasMessage("static kWh must be <= overhead kWh 0.5, found 0.6");
  }

  @Test
  void budgetStatement_zeroBudget_isRefused() {
    assertThatThrownBy(() -> new BudgetStatement(0, 0, 0, 0, Optional.empty()))
        .hasMessage("budget in kg CO2e must be finite and > 0, found 0.0");
  }

  private static RunReport report(int version, List<TrialRow> trials, List<Integer> front) {
    return new RunReport(version, SMALL.provenance(), SMALL.budget(), SMALL.stopReason(),
        SMALL.gridSearch(), trials, front, List.of(), Optional.empty());
  }

  private static TrialRow trial(TrialStatus status, String reason, double accuracy, boolean onFront) {
    return new TrialRow(0, "x", Map.of(), 0, 1, 1, status, reason, accuracy, accuracy,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, 0, onFront);
  }
}
