package org.greenautoml.report;

import org.greenautoml.Provenance;
import java.util.Comparator;
import java.util.List;

/** The tables of the HTML report: front models, all trials, and the region comparison. */
final class HtmlTables {

  private HtmlTables() {}

  static void frontTable(StringBuilder html, List<TrialRow> front) {
    boolean tested = front.stream().anyMatch(t -> t.testScores().isPresent());
    html.append("<table id=\"front-table\" class=\"data\">\n<thead><tr>")
        .append("<th>Trial</th><th>Family</th><th class=\"num\">Accuracy</th>")
        .append("<th class=\"num\">Balanced acc.</th><th class=\"num\">Training kWh</th>")
        .append("<th class=\"num\">Training g CO2e</th><th class=\"num\">Inference J/prediction</th>")
        .append("<th class=\"num\">Model size</th><th class=\"num\">Wall s</th>")
        .append(tested
            ? "<th class=\"num\">Test acc.</th><th class=\"num\">Test balanced acc.</th>" : "")
        .append("<th>Configuration</th></tr></thead>\n<tbody>\n");
    List<TrialRow> sorted = front.stream()
        .sorted(Comparator.comparingDouble((TrialRow t) -> t.figures().orElseThrow().trainingKWh())
            .thenComparingInt(TrialRow::id))
        .toList();
    for (TrialRow t : sorted) {
      html.append("<tr data-trial=\"").append(t.id()).append("\"><td>#").append(t.id())
          .append("</td><td>").append(Html.escape(t.family())).append("</td>");
      figures(html, t);
      if (tested) {
        cell(html, t.testScores().map(s -> Figures.percent(s.accuracy())).orElse("–"));
        cell(html, t.testScores().map(s -> Figures.percent(s.balancedAccuracy())).orElse("–"));
      }
      html.append("<td><code>").append(Html.escape(Figures.configuration(t.configuration())))
          .append("</code></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  static void allTrialsTable(StringBuilder html, List<TrialRow> trials) {
    html.append("<table id=\"trials-table\" class=\"data\">\n<thead><tr>")
        .append("<th>Trial</th><th>Family</th><th class=\"num\">Rung</th>")
        .append("<th class=\"num\">Fidelity</th><th class=\"num\">Rows</th><th>Status</th>")
        .append("<th class=\"num\">Accuracy</th><th class=\"num\">Balanced acc.</th>")
        .append("<th class=\"num\">Training kWh</th><th class=\"num\">Training g CO2e</th>")
        .append("<th class=\"num\">Inference J/prediction</th><th class=\"num\">Model size</th>")
        .append("<th class=\"num\">Wall s</th><th>Member</th><th>Meter</th><th>Region</th>")
        .append("<th>Configuration</th></tr></thead>\n<tbody>\n");
    for (TrialRow t : trials.stream().sorted(Comparator.comparingInt(TrialRow::id)).toList()) {
      html.append("<tr").append(t.onFront() ? " class=\"on-front\"" : "").append("><td>#")
          .append(t.id()).append(t.onFront() ? " ★" : "").append("</td><td>")
          .append(Html.escape(t.family())).append("</td><td class=\"num\">").append(t.rung())
          .append("</td><td class=\"num\">").append(Figures.sig(t.fidelity()))
          .append("</td><td class=\"num\">").append(t.trainingRows()).append("</td><td>")
          .append(status(t)).append("</td>");
      figures(html, t);
      html.append("<td>").append(Html.escape(t.place().map(TrialPlace::member).orElse("")))
          .append("</td><td>")
          .append(Html.escape(t.place().map(TrialPlace::energyMethod).orElse("")))
          .append("</td><td>").append(Html.escape(t.place().map(TrialPlace::region).orElse("")))
          .append("</td>");
      html.append("<td><code>").append(Html.escape(Figures.configuration(t.configuration())))
          .append("</code></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /**
   * Energy and CO2e per member (its trials' metered energy, its static share while it ran them,
   * and their CO2e at its region and PUE), and what carbon-aware placement saved.
   */
  static void memberTable(StringBuilder html, List<TrialRow> trials) {
    html.append("<table id=\"member-table\" class=\"data\">\n<thead><tr><th>Member</th>")
        .append("<th>Region</th><th>Meter</th><th class=\"num\">Trials</th>")
        .append("<th class=\"num\">Energy J</th><th class=\"num\">Static J</th>")
        .append("<th class=\"num\">g CO2e</th></tr></thead>\n")
        .append("<tbody>\n");
    for (MemberSum m : MemberSum.of(trials)) {
      html.append("<tr><td>").append(Html.escape(m.member())).append("</td><td>")
          .append(Html.escape(m.region())).append("</td><td>")
          .append(Html.escape(m.energyMethod())).append("</td>");
      cell(html, Integer.toString(m.trials()));
      cell(html, Figures.sig(m.joules()));
      cell(html, Figures.sig(m.staticJoules()));
      cell(html, Figures.sig(m.kgCO2e() * 1000));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  static void regionTable(StringBuilder html, double runGrams, Provenance energy,
      List<RegionEmission> regions) {
    double max = Math.max(runGrams,
        regions.stream().mapToDouble(RegionEmission::gramsCO2e).max().orElse(0));
    html.append("<table id=\"region-table\" class=\"data regions\">\n<thead><tr><th>Region</th>")
        .append("<th class=\"num\">g CO2e</th><th class=\"num\">vs this run</th>")
        .append("<th class=\"bar-col\"></th><th>Intensity source</th></tr></thead>\n<tbody>\n");
    regionRow(html, "this run: " + energy.intensity().regionName() + " ("
        + energy.intensity().regionCode() + ")",
        runGrams, runGrams, max, energy.intensity().source() + ", " + Html.year(energy.intensity().year()), true);
    for (RegionEmission r : regions.stream()
        .sorted(Comparator.comparingDouble(RegionEmission::gramsCO2e)
            .thenComparing(RegionEmission::regionCode))
        .toList()) {
      regionRow(html, r.regionName() + " (" + r.regionCode() + ")", r.gramsCO2e(), runGrams, max,
          r.source() + ", " + Html.year(r.year()), false);
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void regionRow(StringBuilder html, String name, double grams, double runGrams,
      double max, String source, boolean self) {
    double width = max > 0 ? 100 * grams / max : 0;
    html.append("<tr").append(self ? " class=\"self\"" : "").append("><td>")
        .append(Html.escape(name)).append("</td><td class=\"num\">").append(Figures.sig(grams))
        .append("</td><td class=\"num\">")
        .append(runGrams > 0 ? "×" + Figures.sig(grams / runGrams) : "–")
        .append("</td><td class=\"bar-col\"><span class=\"bar\" style=\"width:")
        .append(Figures.fixed(width, 1)).append("%\"></span></td><td>").append(Html.escape(source))
        .append("</td></tr>\n");
  }

  private static void figures(StringBuilder html, TrialRow t) {
    t.figures().ifPresentOrElse(f -> {
      cell(html, Figures.percent(f.validationAccuracy()) + (f.crossValidated()
          ? " ± " + Figures.fixed(100 * f.validationStandardError(), 1) + " pp ("
              + f.validationFolds() + " folds)" : ""));
      cell(html, Figures.percent(f.balancedAccuracy()));
      cell(html, Figures.sig(f.trainingKWh()));
      cell(html, Figures.sig(f.trainingGramsCO2e()));
      cell(html, Figures.sig(f.inferenceJoulesPerPrediction()));
      cell(html, Figures.bytes(f.modelSizeBytes().orElse(-1)));
    }, () -> {
      for (int i = 0; i < 6; i++) {
        cell(html, "–");
      }
    });
    cell(html, Figures.fixed(t.wallSeconds(), 2));
  }

  private static void cell(StringBuilder html, String text) {
    html.append("<td class=\"num\">").append(text).append("</td>");
  }

  private static String status(TrialRow t) {
    String css = t.status().name().toLowerCase(java.util.Locale.ROOT);
    return "<span class=\"status " + css + "\">" + t.status().name()
        + (t.failureReason().isEmpty() ? "" : ": " + Html.escape(t.failureReason())) + "</span>";
  }
}
