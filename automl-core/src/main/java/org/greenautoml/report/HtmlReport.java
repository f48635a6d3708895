package org.greenautoml.report;

import org.greenautoml.Provenance;
import org.greenautoml.trial.TrialSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Renders {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external
 * resource; a Content-Security-Policy forbids both) with the run summary, two scatter charts, the
 * front table, every trial, and the region comparison. Every string from the data is escaped with
 * {@link Html#escape}. Deterministic: the same report gives the same bytes.
 */
final class HtmlReport {

  /** Tableau 10: distinct hues that stay apart for the common colour-vision deficiencies. */
  /** Energy per member, when any trial ran on a cluster member. */
  private static void memberSection(StringBuilder html, java.util.List<TrialRow> trials) {
    if (trials.stream().noneMatch(
        t -> t.place().filter(p -> !p.member().equals(TrialSite.LOCAL_MEMBER)).isPresent())) {
      return;
    }
    html.append("<section>\n<h2>Energy per member</h2>\n<p class=\"note\" id=\"placement\">")
        .append("Each member metered its own trials; each trial is priced at its member's region")
        .append(" and PUE. Carbon-aware placement (the free member with the lowest intensity")
        .append(" first) saved ").append(Figures.sig(MemberSum.savedGrams(trials)))
        .append(" g CO2e against placing trials without regard to region (the members'")
        .append(" slot-weighted mean intensity), from the same measured energies.</p>\n");
    HtmlTables.memberTable(html, trials);
    html.append("</section>\n");
  }

  private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
      "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

  static final String CHART_KWH_ID = "chart-training-kwh";
  static final String CHART_INFERENCE_ID = "chart-inference-j";

  private HtmlReport() {}

  static String render(RunReport report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    Provenance p = report.provenance();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>GreenAutoML report: ").append(Html.escape(p.datasetName()))
        .append("</title>\n<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header(html, p);
    HtmlSummary.render(html, report);
    Map<String, String> colours = colours(report.trials());
    chartSection(html, report, colours);
    report.timing().ifPresent(t -> {
      Map<Integer, String> familyOf = new java.util.HashMap<>();
      report.trials().forEach(row -> familyOf.put(row.id(), row.family()));
      html.append("<section>\n").append(HtmlTiming.section(t, familyOf, colours))
          .append("</section>\n");
    });
    html.append("<section>\n<h2>Front models <span class=\"count\">").append(report.frontTrialIds().size())
        .append("</span></h2>\n<p class=\"note\">Trials on the Pareto front of ")
        .append(Html.escape(String.join(", ", p.objectives())))
        .append(", cheapest training first. No other trial is at least as good on every objective.</p>\n");
    report.provenance().testSet().ifPresent(test -> html.append("<p class=\"note\" id=\"test-set\">Test scores: ")
        .append(Html.escape(test.name())).append(", ").append(test.rows())
        .append(" held-out rows (").append(Html.escape(test.fingerprint()))
        .append("), scored after the search; they took no part in promotion or the front.</p>\n"));
    HtmlTables.frontTable(html, report.frontTrials());
    html.append("</section>\n");
    HtmlSummary.regions(html, report);
    memberSection(html, report.trials());
    html.append("<section>\n<details>\n<summary>All trials <span class=\"count\">")
        .append(report.trials().size()).append("</span></summary>\n");
    HtmlTables.allTrialsTable(html, report.trials());
    html.append("</details>\n</section>\n");
    footer(html, report);
    return html.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void header(StringBuilder html, Provenance p) {
    html.append("<header>\n<p class=\"brand\">GreenAutoML report</p>\n<h1>")
        .append(Html.escape(p.datasetName())).append("</h1>\n<p class=\"meta\">")
        .append(p.rows()).append(" rows · ").append(p.features()).append(" features · ")
        .append(p.classes()).append(" classes · scheduler ").append(Html.escape(p.schedulerName()))
        .append(" · seed ").append(p.seed()).append("<br>")
        .append(Html.escape(p.startedAt().toString())).append(" → ")
        .append(Html.escape(p.finishedAt().toString())).append("</p>\n</header>\n");
  }

  private static void chartSection(StringBuilder html, RunReport report, Map<String, String> colours) {
    html.append("<section>\n<h2>Accuracy against energy</h2>\n");
    figure(html, report, colours, CHART_KWH_ID, "Validation accuracy against training energy",
        "Training energy (kWh, log scale)", TrialRow.Figures::trainingKWh);
    figure(html, report, colours, CHART_INFERENCE_ID,
        "Validation accuracy against inference energy per prediction",
        "Inference energy (J per prediction, log scale)",
        TrialRow.Figures::inferenceJoulesPerPrediction);
    html.append("</section>\n");
  }

  private static void figure(StringBuilder html, RunReport report, Map<String, String> colours,
      String id, String title, String xLabel, ToDoubleFunction<TrialRow.Figures> cost) {
    List<ChartPoint> points = chartPoints(report.trials(), cost);
    long notDrawn = report.trials().size() - points.size();
    html.append("<figure>\n<figcaption>").append(Html.escape(title)).append("</figcaption>\n")
        .append(new SvgScatterChart(id, title, xLabel, "Validation accuracy", points, colours).render())
        .append("<p class=\"note\">Each dot is a trial; hover it for its configuration and figures. ")
        .append("Ringed dots are on the front; the step line joins those best on these two figures, "
            + "so a ringed dot below it is on the front for another objective.");
    if (notDrawn > 0) {
      html.append(' ').append(notDrawn).append(notDrawn == 1 ? " trial is" : " trials are")
          .append(" not drawn (failed, stopped, or no positive measurement).");
    }
    html.append("</p>\n</figure>\n");
  }

  static List<ChartPoint> chartPoints(
      List<TrialRow> trials, ToDoubleFunction<TrialRow.Figures> cost) {
    return trials.stream()
        .filter(t -> t.figures().isPresent() && cost.applyAsDouble(t.figures().get()) > 0)
        .map(t -> new ChartPoint(t.id(), t.family(), cost.applyAsDouble(t.figures().get()),
            t.figures().get().validationAccuracy(), t.onFront(), tooltip(t, t.figures().get())))
        .toList();
  }

  static String tooltip(TrialRow t, TrialRow.Figures f) {
    return "#" + t.id() + " " + t.family() + ", rung " + t.rung() + ", fidelity "
        + Figures.sig(t.fidelity()) + " (" + t.trainingRows() + " rows)\n"
        + Figures.configuration(t.configuration()) + "\n"
        + "accuracy " + Figures.percent(f.validationAccuracy()) + ", balanced "
        + Figures.percent(f.balancedAccuracy()) + "\n"
        + "training " + Figures.sig(f.trainingKWh()) + " kWh, "
        + Figures.sig(f.trainingGramsCO2e()) + " g CO2e\n"
        + "inference " + Figures.sig(f.inferenceJoulesPerPrediction()) + " J/prediction\n"
        + "model " + Figures.bytes(f.modelSizeBytes().orElse(-1)) + ", "
        + Figures.fixed(t.wallSeconds(), 2) + " s" + (t.onFront() ? "\non the Pareto front" : "");
  }

  /** A colour per family, families in alphabetical order. */
  static Map<String, String> colours(List<TrialRow> trials) {
    Map<String, String> colours = new LinkedHashMap<>();
    trials.stream().map(TrialRow::family).distinct().sorted()
        .forEach(f -> colours.put(f, PALETTE.get(colours.size() % PALETTE.size())));
    return colours;
  }

  private static void footer(StringBuilder html, RunReport report) {
    Provenance p = report.provenance();
    html.append("<footer>\n<p>Energy is metered energy before PUE; CO2e = kWh × PUE × intensity. ")
        .append("Figures come from ").append(Html.escape(p.meterMethod().name())).append(" and are uncertain by ±")
        .append(Figures.fixed(p.statedUncertainty() * 100, 0)).append("%.</p>\n<p>")
        .append("GreenAutoML ").append(Html.escape(p.version("greenautoml"))).append(" · Tribuo ")
        .append(Html.escape(p.version("tribuo"))).append(" · Java ").append(Html.escape(p.version("java")))
        .append(" · ").append(Html.escape(p.version("os"))).append(" · data ")
        .append(Html.escape(p.dataFingerprint())).append(" · report schema v")
        .append(RunReport.SCHEMA_VERSION).append("</p>\n</footer>\n");
  }
}
