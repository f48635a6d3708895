package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class SvgScatterChartTest {

  private static final Pattern PATH = Pattern.compile("<path class=\"front\" d=\"([^\"]*)\"/>");

  @Test
  void toHtml_sameReport_sameBytes() {
    assertThat(ReportWriter.toHtml(SyntheticReports.run(4)))
        .isEqualTo(ReportWriter.toHtml(SyntheticReports.run(4)));
  }

  @Test
  void render_pointsInAnotherOrder_sameBytes() {
    List<ChartPoint> points = points(SyntheticReports.run(4));
    List<ChartPoint> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new Random(1));
    assertThat(chart(shuffled).render()).isEqualTo(chart(points).render());
  }

  @RepeatedTest(10)
  void render_frontLine_passesThroughEveryStaircasePointInOrder(RepetitionInfo info) {
    List<ChartPoint> points = points(SyntheticReports.run(100 + info.getCurrentRepetition()));
    SvgScatterChart chart = chart(points);
    String svg = chart.render();
    List<double[]> vertices = vertices(svg);
    List<ChartPoint> stairs = SvgScatterChart.staircase(points);

    assertThat(stairs).isNotEmpty();
    assertThat(vertices).hasSize(stairs.size());
    for (int i = 0; i < stairs.size(); i++) {
      double[] at = chart.position(stairs.get(i));
      assertThat(vertices.get(i)[0]).isCloseTo(at[0], org.assertj.core.data.Offset.offset(0.006));
      assertThat(vertices.get(i)[1]).isCloseTo(at[1], org.assertj.core.data.Offset.offset(0.006));
      assertThat(svg).contains("data-trial=\"" + stairs.get(i).id() + "\" cx=\""
          + Figures.coord(at[0]) + "\" cy=\"" + Figures.coord(at[1]) + "\"");
    }
  }

  @RepeatedTest(10)
  void staircase_randomFront_isTheTwoDimensionalNonDominatedSet(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    List<ChartPoint> points = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      points.add(new ChartPoint(i, "f", Math.pow(10, -6 + random.nextInt(4)),
          0.8 + random.nextInt(10) / 100.0, random.nextBoolean(), ""));
    }
    List<ChartPoint> stairs = SvgScatterChart.staircase(points);
    for (ChartPoint p : points.stream().filter(ChartPoint::onFront).toList()) {
      boolean beaten = points.stream().filter(ChartPoint::onFront).anyMatch(o ->
          o.x() <= p.x() && o.y() >= p.y() && (o.x() < p.x() || o.y() > p.y()));
      boolean tiedEarlier = stairs.stream().anyMatch(o ->
          o.id() != p.id() && o.x() == p.x() && o.y() == p.y());
      assertThat(stairs.contains(p)).as("point %s", p).isEqualTo(!beaten && !tiedEarlier);
    }
    for (int i = 1; i < stairs.size(); i++) {
      assertThat(stairs.get(i).x()).isGreaterThan(stairs.get(i - 1).x());
      assertThat(stairs.get(i).y()).isGreaterThan(stairs.get(i - 1).y());
    }
  }

  @Test
  void render_points_oneCirclePerPointWithTooltip() {
    List<ChartPoint> points = points(SyntheticReports.run(9));
    String svg = chart(points).render();
    assertThat(count(svg, "\" data-trial=\"")).isEqualTo(points.size());
    assertThat(svg).contains("<title>#" + points.get(0).id() + " ");
    assertThat(svg).contains(">Family</text>").contains(">xgboost</text>");
  }

  @Test
  void render_logAxis_labelsWholeDecades() {
    List<ChartPoint> points = List.of(new ChartPoint(1, "a", 3e-6, 0.9, true, ""),
        new ChartPoint(2, "a", 2e-4, 0.95, true, ""));
    String svg = chart(points).render();
    assertThat(svg).contains(">10⁻⁶</text>").contains(">10⁻³</text>")
        .doesNotContain(">10⁻⁷</text>").doesNotContain(">10⁻²</text>");
  }

  private static SvgScatterChart chart(List<ChartPoint> points) {
    return new SvgScatterChart("c", "title", "x", "y", points,
        HtmlReport.colours(SyntheticReports.run(4).trials()));
  }

  private static List<ChartPoint> points(RunReport report) {
    return HtmlReport.chartPoints(report.trials(), TrialRow.Figures::trainingKWh);
  }

  /** The corners of the front path: the start, then the point after each H/V pair. */
  private static List<double[]> vertices(String svg) {
    Matcher m = PATH.matcher(svg);
    assertThat(m.find()).as("front path").isTrue();
    String[] tokens = m.group(1).trim().split(" ");
    List<double[]> out = new ArrayList<>();
    out.add(new double[] {Double.parseDouble(tokens[0].substring(1)), Double.parseDouble(tokens[1])});
    for (int i = 2; i < tokens.length; i += 2) {
      assertThat(tokens[i]).startsWith("H");
      assertThat(tokens[i + 1]).startsWith("V");
      out.add(new double[] {Double.parseDouble(tokens[i].substring(1)),
          Double.parseDouble(tokens[i + 1].substring(1))});
    }
    return out;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
