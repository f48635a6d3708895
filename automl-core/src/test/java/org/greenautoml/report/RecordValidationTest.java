package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.greenautoml.BudgetStatement;
import org.greenautoml.MachineCharges;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.Test;

final class RecordValidationTest {

  private static final RunReport SMALL = ReportJsonTest.small();
  private static final TrialRow OK = SMALL.trials().get(0);

  @Test
  void trialRow_succeededWithoutFigures_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.SUCCEEDED, "", Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trial 0: figures must be present exactly when the trial SUCCEEDED, found"
            + " SUCCEEDED without figures");
  }

  @Test
  void trialRow_failedWithFigures_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.FAILED, "oom", Optional.of(FIGURES), false))
        .hasMessage("trial 0: figures must be present exactly when the trial SUCCEEDED, found"
            + " FAILED with figures");
  }

  @Test
  void trialRow_failedOnFront_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.FAILED, "oom", Optional.empty(), true))
        .hasMessage("trial 0: a trial on the front must be SUCCEEDED, found FAILED");
  }

  @Test
  void trialRow_failedWithoutReason_isRefused() {
    assertThatThrownBy(() -> trial(TrialStatus.FAILED, " ", Optional.empty(), false))
        .hasMessage("trial 0: failure reason must not be blank when FAILED");
  }

  @Test
  void figures_accuracyAboveOne_isRefused() {
    assertThatThrownBy(() -> new TrialRow.Figures(1.5, 0.9, 1, 0, 0, OptionalLong.empty(), 1, 0))
        .hasMessage("validation accuracy must be in [0, 1], found 1.5");
  }

  @Test
  void figures_negativeModelSize_isRefused() {
    assertThatThrownBy(() -> new TrialRow.Figures(0.9, 0.9, 1, 0, 0, OptionalLong.of(-1), 1, 0))
        .hasMessage("model size in bytes must be >= 0, found -1");
  }

  @Test
  void figures_noValidationFold_isRefused() {
    assertThatThrownBy(() -> new TrialRow.Figures(0.9, 0.9, 1, 0, 0, OptionalLong.empty(), 0, 0))
        .hasMessage("validation folds must be >= 1, found 0");
  }

  @Test
  void figures_trainingKWh_isJoulesOver3600000() {
    assertThat(new TrialRow.Figures(0.9, 0.9, 3600, 0.1, 1e-6, OptionalLong.of(10), 1, 0)
        .trainingKWh()).isEqualTo(0.001);
  }

  @Test
  void trialRow_unsupportedConfigurationValue_isRefused() {
    assertThatThrownBy(() -> SyntheticReports.failed(0, "x", Map.of("p", List.of(1)), 0, 1, 1,
        "e", 0))
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

  private static final TrialRow.Figures FIGURES =
      new TrialRow.Figures(0.9, 0.9, 1, 0, 0, OptionalLong.of(10), 1, 0);

  private static TrialRow trial(
      TrialStatus status, String reason, Optional<TrialRow.Figures> figures, boolean onFront) {
    return new TrialRow(0, "x", Map.of(), 0, 1, 1, status, reason, figures, 0, onFront,
        Optional.empty(), Optional.empty());
  }
}
