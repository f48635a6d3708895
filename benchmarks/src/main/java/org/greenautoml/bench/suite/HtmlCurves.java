package org.greenautoml.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page with, per dataset, the best test accuracy a search held against the
 * cumulative energy it had spent (log scale), one step line per method and seed, as inline SVG.
 *
 * <p>The report module's chart classes ({@code org.greenautoml.report.SvgScatterChart} and its
 * axes) are package-private and draw a scatter of one run, so this page draws its own lines in
 * the same plain-SVG style rather than widening that API.
 */
final class HtmlCurves {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;
  private static final int LEFT = 60;
  private static final int RIGHT = 150;
  private static final int TOP = 20;
  private static final int BOTTOM = 45;
  private static final String[] COLOURS = {
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"
  };

  private HtmlCurves() {}

  static String of(SuiteResult result) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>GreenAutoML comparison</title><style>body{font-family:sans-serif;")
        .append("margin:2em}svg{border:1px solid #ccc;margin:0.5em 0}</style></head><body>\n")
        .append("<h1>Best test accuracy held against cumulative search energy</h1>\n")
        .append(String.format(Locale.ROOT,
            "<p>Budget %.3g g CO2e per method and dataset; seeds %s. Each line is one search: a"
                + " step up when a full-fidelity trial with a better test accuracy finished. The"
                + " x axis is the trials' metered energy (engine overhead excluded), log scale.</p>",
            result.settings().budgetKgCO2e() * 1000, result.settings().seeds()))
        .append('\n');
    for (String dataset : result.settings().datasets()) {
      out.append("<h2>").append(escape(dataset)).append("</h2>\n")
          .append(chart(result, dataset)).append('\n');
    }
    return out.append("</body></html>\n").toString();
  }

  static String chart(SuiteResult result, String dataset) {
    List<RunFigures> runs = result.figures().stream()
        .filter(f -> f.run().dataset().equals(dataset)).toList();
    double[] box = bounds(runs);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"%s: test accuracy against cumulative kWh\">",
        WIDTH, HEIGHT, escape(dataset)));
    axes(svg, box);
    List<Method> methods = result.settings().methods();
    for (RunFigures f : runs) {
      String colour = COLOURS[methods.indexOf(f.run().method()) % COLOURS.length];
      String points = steps(f.run(), box);
      if (!points.isEmpty()) {
        svg.append(String.format(Locale.ROOT,
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" opacity=\"0.8\""
                + " points=\"%s\"><title>%s seed %d</title></polyline>",
            colour, points, f.run().method().cliName(), f.run().seed()));
      }
    }
    for (int i = 0; i < methods.size(); i++) {
      int y = TOP + 15 + 18 * i;
      int x = WIDTH - RIGHT + 15;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
              + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
          x, y - 4, x + 20, y - 4, COLOURS[i % COLOURS.length], x + 25, y,
          methods.get(i).cliName()));
    }
    return svg.append("</svg>").toString();
  }

  /** The step line of one search: (log10 kWh, best test accuracy so far). */
  static String steps(MethodRun run, double[] box) {
    List<String> points = new ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (TopTrial t : run.topTrials()) {
      double x = Math.log10(Math.max(t.cumulativeKWh(), Comparison.FLOOR_KWH));
      if (best > Double.NEGATIVE_INFINITY) {
        points.add(point(x, best, box));
      }
      best = Math.max(best, t.testAccuracy());
      points.add(point(x, best, box));
    }
    if (!points.isEmpty()) {
      double end = Math.log10(Math.max(run.spentKWh(), Comparison.FLOOR_KWH));
      points.add(point(Math.max(end, box[0]), best, box));
    }
    return String.join(" ", points);
  }

  private static String point(double logKWh, double accuracy, double[] box) {
    double px = LEFT + (logKWh - box[0]) / (box[1] - box[0]) * (WIDTH - LEFT - RIGHT);
    double py = HEIGHT - BOTTOM - (accuracy - box[2]) / (box[3] - box[2]) * (HEIGHT - TOP - BOTTOM);
    return String.format(Locale.ROOT, "%.1f,%.1f", px, py);
  }

  /** log10 kWh min/max and accuracy min/max over every run, padded so no range is empty. */
  static double[] bounds(List<RunFigures> runs) {
    double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (RunFigures f : runs) {
      for (TopTrial t : f.run().topTrials()) {
        b[0] = Math.min(b[0], Math.log10(Math.max(t.cumulativeKWh(), Comparison.FLOOR_KWH)));
        b[2] = Math.min(b[2], t.testAccuracy());
        b[3] = Math.max(b[3], t.testAccuracy());
      }
      b[1] = Math.max(b[1], Math.log10(Math.max(f.run().spentKWh(), Comparison.FLOOR_KWH)));
    }
    if (!(b[0] < b[1])) {
      b[0] = Double.isFinite(b[1]) ? b[1] - 1 : -9;
      b[1] = b[0] + 1;
    }
    if (!(b[2] < b[3])) {
      b[2] = Double.isFinite(b[2]) ? b[2] - 0.01 : 0;
      b[3] = b[2] + 0.02;
    }
    return b;
  }

  private static void axes(StringBuilder svg, double[] box) {
    int x0 = LEFT;
    int x1 = WIDTH - RIGHT;
    int y0 = HEIGHT - BOTTOM;
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>",
        x0, y0, x1, y0, x0, TOP, x0, y0));
    for (int e = (int) Math.ceil(box[0]); e <= Math.floor(box[1]); e++) {
      String p = point(e, box[2], box);
      double px = Double.parseDouble(p.substring(0, p.indexOf(',')));
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>"
              + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">1e%d</text>",
          px, y0, px, y0 + 5, px, y0 + 18, e));
    }
    for (int i = 0; i <= 4; i++) {
      double accuracy = box[2] + i * (box[3] - box[2]) / 4;
      String p = point(box[0], accuracy, box);
      double py = Double.parseDouble(p.substring(p.indexOf(',') + 1));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.1f%%</text>",
          x0 - 5, py + 4, 100 * accuracy));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">cumulative trial"
            + " energy, kWh (log)</text>", (x0 + x1) / 2, HEIGHT - 8));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
