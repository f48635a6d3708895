package org.greenautoml.bench.suite;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The comparison as a Markdown table: per dataset and method, the median over seeds with the
 * min-max range, followed by the goal ratios.
 */
final class MarkdownReport {

  private MarkdownReport() {}

  static String of(SuiteResult result) {
    SuiteSettings s = result.settings();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "Budget %.3g g CO2e per method and dataset, seeds %s, %d worker(s), test fraction %.2f;"
            + " whole run %.0f s. Cells: median over seeds (min-max). Accuracy in %%; energy is"
            + " the whole search (trials and overhead); to-target is trial energy until the"
            + " search first held a model within 0.5 pp of grid search's best test accuracy"
            + " (- if never); HV is the normalised (test error, log10 training kWh) hypervolume.%n%n",
        s.budgetKgCO2e() * 1000, s.seeds(), s.workers(), s.testFraction(), result.wallSeconds()));
    out.append("| dataset | method | best test acc | knee test acc | kWh | g CO2e | wall s "
        + "| kWh to grid-0.5pp | HV | trials | full-grid kWh (est.) |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (String d : s.datasets()) {
      for (Method m : s.methods()) {
        List<RunFigures> runs = result.of(d, m);
        if (runs.isEmpty()) {
          continue;
        }
        out.append("| ").append(d).append(" | ").append(m.cliName())
            .append(" | ").append(cell(runs, f -> 100 * f.run().bestTestAccuracy(), "%.2f"))
            .append(" | ").append(cell(runs, f -> 100 * f.run().kneeTestAccuracy(), "%.2f"))
            .append(" | ").append(cell(runs, f -> f.run().spentKWh(), "%.3g"))
            .append(" | ").append(cell(runs, RunFigures::gramsCO2e, "%.3f"))
            .append(" | ").append(cell(runs, f -> f.run().wallSeconds(), "%.0f"))
            .append(" | ").append(cell(runs, RunFigures::kWhToGridTarget, "%.3g"))
            .append(" | ").append(cell(runs, RunFigures::hypervolume, "%.3f"))
            .append(" | ").append(cell(runs, f -> f.run().trials(), "%.0f"))
            .append(" | ").append(m == Method.GRID ? cell(runs, RunFigures::gridFullKWh, "%.3g") : "")
            .append(" |\n");
      }
    }
    out.append("\nGoals (measured on this run):\n\n");
    Goals.lines(result).forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  static String cell(List<RunFigures> runs, ToDoubleFunction<RunFigures> figure, String format) {
    Spread spread = Spread.of(runs, figure);
    if (spread.count() == 0) {
      return "-";
    }
    String median = String.format(Locale.ROOT, format, spread.median());
    if (runs.size() == 1) {
      return median;
    }
    String range = String.format(Locale.ROOT, " (" + format + "-" + format + ")",
        spread.min(), spread.max());
    String missing = spread.count() < runs.size()
        ? " [" + (runs.size() - spread.count()) + " none]" : "";
    return median + range + missing;
  }
}
