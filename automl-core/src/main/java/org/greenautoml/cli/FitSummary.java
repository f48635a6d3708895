package org.greenautoml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.Locale;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReports;

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
        100 * p.meterUncertainty().orElse(0),
        p.meterDescription());
    result.carbonTimeline().ifPresent(t -> {
      DoubleSummaryStatistics g = t.trialGramsPerKWh().values().stream()
          .mapToDouble(Double::doubleValue).summaryStatistics();
      out.printf(Locale.ROOT, "charged by time (%s%s): trials at %.0f to %.0f g CO2e/kWh;"
              + " waited %s; emitted %.4g g CO2e, %.4g g had it run at once: saved %.4g g%n",
          t.series().source(), t.replayStartAt().map(s -> ", replayed from " + s).orElse(""),
          g.getCount() == 0 ? Double.NaN : g.getMin(), g.getCount() == 0 ? Double.NaN : g.getMax(),
          t.saving().waited(), t.saving().emittedKgCO2e() * 1000,
          t.saving().atOnceKgCO2e() * 1000, t.savedGrams());
    });
    result.lostAttemptsByMember().forEach((member, lost) -> out.printf(Locale.ROOT,
        "lost on member %s: %d attempt(s), charged %.4g g CO2e, run again elsewhere%n", member,
        lost.size(), 1000 * lost.stream().mapToDouble(a -> a.kgCO2e()).sum()));
    result.mostAccurate().ifPresent(best -> out.printf(Locale.ROOT,
        "most accurate: trial %d (%s), validation accuracy %.2f%%%n", best.id(), best.family(),
        100 * best.validationAccuracy().orElseThrow()));
    out.println("report: " + directory.resolve(ReportWriter.REPORT_HTML));
    out.flush();
  }

  /** Prints one line per front model that was scored on the test set, with its test scores. */
  static void printTestScores(PrintWriter out, SearchResult result) {
    result.provenance().testSet().ifPresent(test -> out.println(
        "front on the test file (" + test.name() + ", " + test.rows() + " rows):"));
    out.printf(Locale.ROOT, "%8s  %-16s %10s %10s %12s %12s  %s%n", "trial", "family",
        "valid acc", "test acc", "test bal acc", "train kWh", "model");
    for (TrialRecord trial : result.front()) {
      trial.testScores().ifPresent(test -> out.printf(Locale.ROOT,
          "%8d  %-16s %9.2f%% %9.2f%% %11.2f%% %12.3g  %s%n", trial.id(), trial.family(),
          100 * trial.validationAccuracy().orElseThrow(), 100 * test.accuracy(),
          100 * test.balancedAccuracy(), trial.metrics().orElseThrow().trainingKWh(),
          result.refitted().contains(trial.id()) ? "refit on all rows" : "as searched"));
    }
    out.flush();
  }
}
