package org.greenautoml.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An inline SVG scatter chart: accuracy (linear y) against a cost (log10 x), points coloured by
 * family with a legend, each point with a {@code <title>} tooltip, and the Pareto front as a step
 * line. The step line visits the front points that are non-dominated on this chart's two figures
 * ({@link #staircase}) in increasing cost: from each it runs horizontally to the next one's cost,
 * then vertically to its accuracy ({@code M x0 y0 H x1 V y1 ...}), so it passes through each of
 * them. With a two-objective front that is every front point; with more objectives, front points
 * below the line are on the front for an objective the chart does not show. Output depends only on the input (points are
 * drawn in id order, numbers are formatted with {@code Locale.ROOT}); all text is escaped.
 */
final class SvgScatterChart {

  static final int WIDTH = 800;
  static final int HEIGHT = 440;
  static final double LEFT = 72;
  static final double RIGHT = 600;
  static final double TOP = 24;
  static final double BOTTOM = 380;

  private final String id;
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final Map<String, String> colours;
  private final LogAxis xAxis;
  private final LinearAxis yAxis;
  private final List<ChartPoint> points;

  /**
   * @param points the points to draw, each with a positive finite x and a y in [0, 1]
   * @param colours the colour of each family, in legend order
   */
  SvgScatterChart(String id, String title, String xLabel, String yLabel, List<ChartPoint> points,
      Map<String, String> colours) {
    this.id = id;
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.colours = colours;
    this.points = points.stream()
        .sorted(Comparator.comparing(ChartPoint::onFront).thenComparingInt(ChartPoint::id))
        .toList();
    this.xAxis = LogAxis.spanning(points.stream().mapToDouble(ChartPoint::x).toArray(), LEFT, RIGHT);
    this.yAxis = LinearAxis.spanning(points.stream().mapToDouble(ChartPoint::y).toArray(), BOTTOM, TOP);
  }

  String render() {
    StringBuilder svg = new StringBuilder(8192);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">\n");
    svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title))
        .append("</title>\n");
    svg.append("<rect class=\"plot\" x=\"").append(Figures.coord(LEFT)).append("\" y=\"")
        .append(Figures.coord(TOP)).append("\" width=\"").append(Figures.coord(RIGHT - LEFT))
        .append("\" height=\"").append(Figures.coord(BOTTOM - TOP)).append("\"/>\n");
    xAxis.render(svg, TOP, BOTTOM);
    yAxis.render(svg, LEFT, RIGHT);
    axisTitles(svg);
    frontLine(svg);
    pointMarks(svg);
    legend(svg);
    return svg.append("</svg>\n").toString();
  }

  /** The x and y pixel of a point, as drawn. */
  double[] position(ChartPoint p) {
    return new double[] {xAxis.pixel(p.x()), yAxis.pixel(p.y())};
  }

  private void axisTitles(StringBuilder svg) {
    svg.append("<text class=\"axis-title\" x=\"").append(Figures.coord((LEFT + RIGHT) / 2))
        .append("\" y=\"").append(Figures.coord(BOTTOM + 44)).append("\" text-anchor=\"middle\">")
        .append(Html.escape(xLabel)).append("</text>\n");
    svg.append("<text class=\"axis-title\" transform=\"translate(18 ")
        .append(Figures.coord((TOP + BOTTOM) / 2)).append(") rotate(-90)\" text-anchor=\"middle\">")
        .append(Html.escape(yLabel)).append("</text>\n");
  }

  private void frontLine(StringBuilder svg) {
    List<ChartPoint> staircase = staircase(points);
    if (staircase.isEmpty()) {
      return;
    }
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < staircase.size(); i++) {
      double[] at = position(staircase.get(i));
      if (i == 0) {
        d.append("M").append(Figures.coord(at[0])).append(' ').append(Figures.coord(at[1]));
      } else {
        d.append(" H").append(Figures.coord(at[0])).append(" V").append(Figures.coord(at[1]));
      }
    }
    svg.append("<path class=\"front\" d=\"").append(d).append("\"/>\n");
  }

  /**
   * The front points that no other front point beats on both of this chart's figures (lower x,
   * higher y), in increasing x. Front points left out are on the front for another objective.
   */
  static List<ChartPoint> staircase(List<ChartPoint> points) {
    List<ChartPoint> sorted = points.stream().filter(ChartPoint::onFront)
        .sorted(Comparator.comparingDouble(ChartPoint::x)
            .thenComparing(Comparator.comparingDouble(ChartPoint::y).reversed())
            .thenComparingInt(ChartPoint::id))
        .toList();
    List<ChartPoint> stairs = new java.util.ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (ChartPoint p : sorted) {
      if (p.y() > best) {
        stairs.add(p);
        best = p.y();
      }
    }
    return stairs;
  }

  private void pointMarks(StringBuilder svg) {
    svg.append("<g class=\"points\">\n");
    for (ChartPoint p : points) {
      double[] at = position(p);
      svg.append("<circle class=\"").append(p.onFront() ? "pt on-front" : "pt")
          .append("\" data-trial=\"").append(p.id())
          .append("\" cx=\"").append(Figures.coord(at[0])).append("\" cy=\"")
          .append(Figures.coord(at[1])).append("\" r=\"").append(p.onFront() ? "5.5" : "4")
          .append("\" fill=\"").append(colours.getOrDefault(p.family(), "#888888")).append("\"><title>")
          .append(Html.escape(p.tooltip())).append("</title></circle>\n");
    }
    svg.append("</g>\n");
  }

  private void legend(StringBuilder svg) {
    double x = RIGHT + 24;
    double y = TOP + 12;
    svg.append("<g class=\"legend\">\n");
    svg.append("<text class=\"legend-head\" x=\"").append(Figures.coord(x)).append("\" y=\"")
        .append(Figures.coord(y)).append("\">Family</text>\n");
    for (Map.Entry<String, String> entry : colours.entrySet()) {
      y += 20;
      svg.append("<circle cx=\"").append(Figures.coord(x + 6)).append("\" cy=\"")
          .append(Figures.coord(y - 4)).append("\" r=\"5\" fill=\"").append(entry.getValue())
          .append("\"/><text x=\"").append(Figures.coord(x + 18)).append("\" y=\"")
          .append(Figures.coord(y)).append("\">").append(Html.escape(shorten(entry.getKey())))
          .append("</text>\n");
    }
    y += 32;
    svg.append("<path class=\"front\" d=\"M").append(Figures.coord(x)).append(' ')
        .append(Figures.coord(y - 4)).append(" H").append(Figures.coord(x + 12))
        .append("\"/><text x=\"").append(Figures.coord(x + 18)).append("\" y=\"")
        .append(Figures.coord(y)).append("\">Pareto front</text>\n");
    y += 20;
    svg.append("<circle class=\"pt on-front\" cx=\"").append(Figures.coord(x + 6))
        .append("\" cy=\"").append(Figures.coord(y - 4)).append("\" r=\"5.5\" fill=\"#ffffff\"/>")
        .append("<text x=\"").append(Figures.coord(x + 18)).append("\" y=\"")
        .append(Figures.coord(y)).append("\">front model</text>\n");
    svg.append("</g>\n");
  }

  private static String shorten(String family) {
    return family.length() <= 22 ? family : family.substring(0, 21) + "…";
  }
}
