package org.greenautoml.report;

import org.greenautoml.BudgetStatement;
import org.greenautoml.Provenance;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.search.schedule.TrialStatus;

/** The summary cards of the HTML report: budget, energy, saving against grid search, carbon intensity, meter, run; and the region comparison. */
final class HtmlSummary {

  private HtmlSummary() {}

  static void render(StringBuilder html, RunReport report) {
    BudgetStatement b = report.budget();
    Provenance e = report.provenance();
    html.append("<section class=\"cards\" id=\"summary\">\n");
    budgetCard(html, report);
    card(html, "Energy spent", Figures.sig(b.spentKWh()) + " kWh",
        "incl. " + Figures.sig(b.overheadKWh()) + " kWh search overhead" + machineLines(b)
            + "<br>wall time " + duration(e.wallSeconds()));
    savingCard(html, report);
    String pue = "PUE " + Figures.fixed(e.pue().value(), 2) + " (" + Html.escape(e.pue().source()) + ")";
    if (report.timing().isPresent()) {
      TimingReport t = report.timing().get();
      java.util.DoubleSummaryStatistics g = t.trials().values().stream()
          .mapToDouble(TimingReport.TrialTiming::gramsPerKWh).summaryStatistics();
      card(html, "Carbon intensity", g.getCount() == 0 ? "by time"
              : Figures.sig(g.getMin()) + "–" + Figures.sig(g.getMax()) + " g CO2e/kWh",
          "charged by the time each trial ran, from " + Html.escape(t.seriesSource())
              + "<br>annual " + Html.escape(e.intensity().regionCode()) + ": "
              + Figures.sig(e.intensity().gramsCO2ePerKWh()) + " g<br>" + pue);
    } else {
      card(html, "Carbon intensity", Figures.sig(e.intensity().gramsCO2ePerKWh()) + " g CO2e/kWh",
          Html.escape(e.intensity().regionName() + " (" + e.intensity().regionCode() + ")") + "<br>"
              + Html.escape(e.intensity().source()) + ", " + Html.year(e.intensity().year()) + "<br>"
              + pue);
    }
    card(html, "Meter", Html.escape(meterName(e.meterMethod().name())) + " ±"
            + Figures.fixed(e.statedUncertainty() * 100, 0) + "%",
        Html.escape(e.meterDescription()));
    runCard(html, report);
    html.append("</section>\n");
  }

  /** The static and embodied shares, where the run recorded them, as card lines. */
  private static String machineLines(BudgetStatement b) {
    return b.machineCharges().map(c -> "<br><span id=\"static-kwh\">static share "
            + Html.escape(Figures.sig(c.staticKWh())) + " kWh</span><br><span id=\"embodied\">"
            + "embodied " + Html.escape(Figures.sig(c.embodiedKgCO2e() * 1000)) + " g CO2e, "
            + (c.embodiedCharged() ? "charged" : "not charged") + "</span>")
        .orElse("");
  }

  private static void budgetCard(StringBuilder html, RunReport report) {
    BudgetStatement b = report.budget();
    Provenance e = report.provenance();
    double spentG = b.spentKgCO2e() * 1000;
    double budgetG = b.budgetKgCO2e() * 1000;
    double leftG = report.remainingKgCO2e() * 1000;
    double gPerKWh = e.kgCO2ePerKWh() * CarbonAccountant.GRAMS_PER_KG;
    double used = Math.min(100, 100 * spentG / budgetG);
    String left = Figures.sig(leftG) + " g CO2e left"
        + (gPerKWh > 0 ? " ≈ " + Figures.sig(Math.max(0, leftG) / gPerKWh) + " kWh here" : "");
    html.append("<div class=\"card\" id=\"card-budget\"><h3>Carbon budget</h3><p class=\"big\">")
        .append(Figures.sig(spentG)).append(" g CO2e</p><p>spent of ").append(Figures.sig(budgetG))
        .append(" g budget (").append(Figures.fixed(100 * spentG / budgetG, 1)).append("%)</p>")
        .append("<div class=\"meter\"><span style=\"width:").append(Figures.fixed(used, 1))
        .append("%\"></span></div><p>").append(left).append("</p></div>\n");
  }

  private static void savingCard(StringBuilder html, RunReport report) {
    BudgetStatement b = report.budget();
    Provenance e = report.provenance();
    GridSearchEstimate estimate = report.gridSearch();
    if (estimate.kWh().isEmpty() || estimate.kWh().getAsDouble() <= 0) {
      card(html, "Against grid search", "not estimated",
          "no estimate of grid search over this space was made");
      return;
    }
    double grid = estimate.kWh().getAsDouble();
    double gridG = grid * e.kgCO2ePerKWh() * CarbonAccountant.GRAMS_PER_KG;
    String detail = "grid search: " + estimate.configurations() + " configurations, est. "
        + Figures.sig(grid) + " kWh ≈ " + Figures.sig(gridG) + " g CO2e<br>this search: "
        + Figures.sig(b.spentKWh()) + " kWh";
    if (b.spentKWh() < grid) {
      String factor = b.spentKWh() > 0
          ? Figures.sig(grid / b.spentKWh()) + "× less energy than grid search over the same space<br>"
          : "";
      card(html, "Against grid search",
          savedPercent(b.spentKWh() / grid) + "% saved", factor + detail);
    } else {
      card(html, "Against grid search", "no saving",
          "this search spent at least the grid-search estimate<br>" + detail);
    }
  }

  private static void runCard(StringBuilder html, RunReport report) {
    long succeeded = report.trials().stream().filter(TrialRow::succeeded).count();
    long failed = report.trials().stream().filter(t -> t.status() == TrialStatus.FAILED).count();
    long stopped = report.trials().size() - succeeded - failed;
    card(html, "Run", report.trials().size() + " trials",
        succeeded + " succeeded, " + failed + " failed, " + stopped + " stopped<br>"
            + report.frontTrialIds().size() + " on the front<br>stopped: "
            + Html.escape(RunReports.describe(report.stopReason())));
  }

  static void regions(StringBuilder html, RunReport report) {
    html.append("<section id=\"regions\">\n<h2>The same energy elsewhere</h2>\n");
    if (report.regionComparison().isEmpty()) {
      html.append("<p class=\"note\">No region comparison was given for this run.</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"note\">What this run's ").append(Figures.sig(report.budget().spentKWh()))
        .append(" kWh (PUE ").append(Figures.fixed(report.provenance().pue().value(), 2))
        .append(") would have emitted on other grids, lowest first.</p>\n");
    HtmlTables.regionTable(html, report.budget().spentKgCO2e() * 1000, report.provenance(),
        report.regionComparison());
    html.append("</section>\n");
  }

  /** A card; {@code value} and {@code detail} are HTML (callers escape data). */
  private static void card(StringBuilder html, String title, String value, String detail) {
    html.append("<div class=\"card\"><h3>").append(title).append("</h3><p class=\"big\">")
        .append(value).append("</p><p>").append(detail).append("</p></div>\n");
  }

  private static String meterName(String method) {
    return "RAPL".equals(method) ? "RAPL counters" : "Power model";
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return Figures.fixed(seconds, 1) + " s";
    }
    return (s >= 3600 ? s / 3600 + " h " : "") + (s % 3600) / 60 + " min " + s % 60 + " s";
  }

  /**
   * The share saved in whole percent, or above 99% in tenths rounded down, so that a search that
   * spent anything never reads "100% saved".
   */
  private static String savedPercent(double spentShare) {
    double saved = 100 * (1 - spentShare);
    return saved > 99 ? Figures.fixed(Math.floor(saved * 10) / 10, 1) : Figures.fixed(saved, 0);
  }
}
