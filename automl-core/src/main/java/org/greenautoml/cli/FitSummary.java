package org.greenautoml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.TabularData;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReports;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** What {@code fit} prints when the search is done: the outcome, and the front on a test file. */
final class FitSummary {

  private FitSummary() {}

  static void print(PrintWriter out, Path directory, SearchResult result) {
    var budget = result.budget();
    var p = result.provenance();
    out.printf(Locale.ROOT, "%s: %d trials, %d on the front (fidelity %s); stopped: %s%n",
        p.datasetName(), result.trials().size(), result.front().size(),
        Double.toString(result.frontFidelity()), RunReports.describe(result.stopReason()));
    out.printf(Locale.ROOT,
        "spent %.4g g CO2e of %.4g g (%.3g kWh, overhead %.3g kWh); %s %.4g g CO2e/kWh, PUE %.2f%n",
        budget.spentKgCO2e() * 1000, budget.budgetKgCO2e() * 1000, budget.spentKWh(),
        budget.overheadKWh(), p.intensity().regionCode(), p.intensity().gramsCO2ePerKWh(),
        p.pue().value());
    out.printf(Locale.ROOT, "energy method: %s (+/-%.0f%%) %s%n", p.meterMethod(),
        100 * (Double.isFinite(p.meterUncertainty()) ? p.meterUncertainty() : 0),
        p.meterDescription());
    result.mostAccurate().ifPresent(best -> out.printf(Locale.ROOT,
        "most accurate: trial %d (%s), validation accuracy %.2f%%%n", best.id(), best.family(),
        100 * best.validationAccuracy()));
    out.println("report: " + directory.resolve(ReportWriter.REPORT_HTML));
    out.flush();
  }

  /** Scores every front model on held-out rows and prints one line per model. */
  static void printTestScores(PrintWriter out, SearchResult result, TabularData test) {
    out.println("front on the test file (" + test.source() + ", " + test.rowCount() + " rows):");
    out.printf(Locale.ROOT, "%8s  %-16s %10s %10s %12s  %s%n", "trial", "family", "valid acc",
        "test acc", "train kWh", "model");
    for (TrialRecord trial : result.front()) {
      if (result.model(trial.id()).isEmpty()) {
        continue;
      }
      List<Prediction<Label>> predictions = result.predict(trial.id(), test);
      int right = 0;
      for (int r = 0; r < test.rowCount(); r++) {
        if (predictions.get(r).getOutput().getLabel().equals(test.label(r))) {
          right++;
        }
      }
      out.printf(Locale.ROOT, "%8d  %-16s %9.2f%% %9.2f%% %12.3g  %s%n", trial.id(),
          trial.family(), 100 * trial.validationAccuracy(), 100.0 * right / test.rowCount(),
          trial.metrics().orElseThrow().trainingKWh(),
          result.refitted().contains(trial.id()) ? "refit on all rows" : "as searched");
    }
    out.flush();
  }
}
