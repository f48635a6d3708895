package org.greenautoml.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeSpan;

/**
 * An inline SVG chart of carbon intensity over time (a step line, gCO2e/kWh on a linear y-axis,
 * UTC time on x) with the search drawn on it: each trial a bar from its start to its end at the
 * intensity it was charged (coloured by family, with a {@code <title>} tooltip), the spans the
 * search waited shaded, and the pause threshold as a dashed line. The window is the search's
 * span widened to whole steps of the series. Output depends only on the input; text is escaped.
 */
final class SvgIntensityChart {

  /** One trial as drawn: its span, the intensity it was charged, and its tooltip (raw). */
  record Mark(int id, String family, TimeSpan span, double gramsPerKWh, String tooltip) {}

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long[] TICK_HOURS = {1, 2, 3, 6, 12, 24, 48};

  private final CarbonIntensitySeries series;
  private final List<Mark> marks;
  private final List<TimeSpan> waits;
  private final OptionalDouble threshold;
  private final Map<String, String> colours;
  private final Instant from;
  private final Instant to;
  private final double yMax;

  SvgIntensityChart(CarbonIntensitySeries series, List<Mark> marks, List<TimeSpan> waits,
      OptionalDouble threshold, Map<String, String> colours) {
    this.series = series;
    this.marks = marks.stream().sorted(Comparator.comparingInt(Mark::id)).toList();
    this.waits = waits;
    this.threshold = threshold;
    this.colours = colours;
    Instant lo = series.end();
    Instant hi = series.start();
    for (Mark m : marks) {
      lo = min(lo, m.span().from());
      hi = max(hi, m.span().to());
    }
    for (TimeSpan w : waits) {
      lo = min(lo, w.from());
      hi = max(hi, w.to());
    }
    if (!lo.isBefore(hi)) {
      lo = series.start();
      hi = series.end();
    }
    this.from = max(series.start(), floorToStep(lo));
    this.to = min(series.end(), floorToStep(hi).plus(series.step()));
    double top = threshold.orElse(0);
    for (int i = 0; i < series.size(); i++) {
      top = Math.max(top, series.gramsPerKWh(i));
    }
    this.yMax = niceCeiling(Math.max(top, 1) * 1.05);
  }

  String render() {
    StringBuilder svg = new StringBuilder(8192);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"intensity-chart\"")
        .append(" viewBox=\"0 0 ").append(SvgScatterChart.WIDTH).append(' ')
        .append(SvgScatterChart.HEIGHT).append("\" role=\"img\" aria-labelledby=\"intensity-title\">\n")
        .append("<title id=\"intensity-title\">")
        .append(Html.escape("Carbon intensity of " + series.source() + " over the search, with"
            + " its trials"))
        .append("</title>\n");
    double left = SvgScatterChart.LEFT;
    double right = SvgScatterChart.RIGHT;
    double top = SvgScatterChart.TOP;
    double bottom = SvgScatterChart.BOTTOM;
    svg.append("<rect class=\"plot\" x=\"").append(Figures.coord(left)).append("\" y=\"")
        .append(Figures.coord(top)).append("\" width=\"").append(Figures.coord(right - left))
        .append("\" height=\"").append(Figures.coord(bottom - top)).append("\"/>\n");
    waits(svg);
    axes(svg);
    intensityLine(svg);
    threshold.ifPresent(g -> svg.append("<path class=\"threshold\" d=\"M")
        .append(Figures.coord(left)).append(' ').append(Figures.coord(y(g))).append(" H")
        .append(Figures.coord(right)).append("\"><title>pause threshold ")
        .append(Figures.sig(g)).append(" gCO2e/kWh</title></path>\n"));
    trials(svg);
    legend(svg);
    return svg.append("</svg>\n").toString();
  }

  double x(Instant t) {
    double share = (double) Duration.between(from, t).toNanos()
        / Duration.between(from, to).toNanos();
    share = Math.max(0, Math.min(1, share));
    return SvgScatterChart.LEFT + share * (SvgScatterChart.RIGHT - SvgScatterChart.LEFT);
  }

  double y(double grams) {
    return SvgScatterChart.BOTTOM
        - grams / yMax * (SvgScatterChart.BOTTOM - SvgScatterChart.TOP);
  }

  private void waits(StringBuilder svg) {
    for (TimeSpan w : waits) {
      svg.append("<rect class=\"wait\" x=\"").append(Figures.coord(x(w.from())))
          .append("\" y=\"").append(Figures.coord(SvgScatterChart.TOP)).append("\" width=\"")
          .append(Figures.coord(x(w.to()) - x(w.from()))).append("\" height=\"")
          .append(Figures.coord(SvgScatterChart.BOTTOM - SvgScatterChart.TOP))
          .append("\"><title>").append(Html.escape("waited " + w.from() + " to " + w.to()))
          .append("</title></rect>\n");
    }
  }

  private void axes(StringBuilder svg) {
    double step = niceCeiling(yMax / 6);
    for (double g = 0; g <= yMax + 1e-9; g += step) {
      svg.append("<line class=\"grid\" x1=\"").append(Figures.coord(SvgScatterChart.LEFT))
          .append("\" x2=\"").append(Figures.coord(SvgScatterChart.RIGHT)).append("\" y1=\"")
          .append(Figures.coord(y(g))).append("\" y2=\"").append(Figures.coord(y(g)))
          .append("\"/>\n<text class=\"tick\" x=\"").append(Figures.coord(SvgScatterChart.LEFT - 8))
          .append("\" y=\"").append(Figures.coord(y(g) + 4)).append("\" text-anchor=\"end\">")
          .append(Figures.fixed(g, 0)).append("</text>\n");
    }
    long hours = Math.max(1, Duration.between(from, to).toHours());
    long tick = TICK_HOURS[TICK_HOURS.length - 1];
    for (long candidate : TICK_HOURS) {
      if (hours / candidate <= 8) {
        tick = candidate;
        break;
      }
    }
    Instant t = from.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    for (; !t.isAfter(to); t = t.plus(Duration.ofHours(tick))) {
      if (t.isBefore(from)) {
        continue;
      }
      svg.append("<text class=\"tick\" x=\"").append(Figures.coord(x(t))).append("\" y=\"")
          .append(Figures.coord(SvgScatterChart.BOTTOM + 18)).append("\" text-anchor=\"middle\">")
          .append(LABEL.format(t)).append("</text>\n");
    }
    svg.append("<text class=\"axis-title\" x=\"")
        .append(Figures.coord((SvgScatterChart.LEFT + SvgScatterChart.RIGHT) / 2))
        .append("\" y=\"").append(Figures.coord(SvgScatterChart.BOTTOM + 44))
        .append("\" text-anchor=\"middle\">time (UTC)</text>\n<text class=\"axis-title\" ")
        .append("transform=\"translate(18 ")
        .append(Figures.coord((SvgScatterChart.TOP + SvgScatterChart.BOTTOM) / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\">gCO2e/kWh</text>\n");
  }

  private void intensityLine(StringBuilder svg) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < series.size(); i++) {
      Instant a = series.timeOf(i);
      Instant b = a.plus(series.step());
      if (!b.isAfter(from) || !a.isBefore(to)) {
        continue;
      }
      double yi = y(series.gramsPerKWh(i));
      d.append(d.length() == 0 ? "M" : " V").append(d.length() == 0
          ? Figures.coord(x(max(a, from))) + " " + Figures.coord(yi) : Figures.coord(yi));
      d.append(" H").append(Figures.coord(x(min(b, to))));
    }
    svg.append("<path class=\"intensity\" d=\"").append(d).append("\"/>\n");
  }

  private void trials(StringBuilder svg) {
    svg.append("<g class=\"trials\">\n");
    for (Mark m : marks) {
      String colour = colours.getOrDefault(m.family(), "#888888");
      double y = y(m.gramsPerKWh());
      svg.append("<g data-trial=\"").append(m.id()).append("\"><title>")
          .append(Html.escape(m.tooltip())).append("</title><path class=\"run\" stroke=\"")
          .append(colour).append("\" d=\"M").append(Figures.coord(x(m.span().from()))).append(' ')
          .append(Figures.coord(y)).append(" H").append(Figures.coord(x(m.span().to())))
          .append("\"/><circle class=\"pt\" cx=\"").append(Figures.coord(x(m.span().from())))
          .append("\" cy=\"").append(Figures.coord(y)).append("\" r=\"3.5\" fill=\"")
          .append(colour).append("\"/></g>\n");
    }
    svg.append("</g>\n");
  }

  private void legend(StringBuilder svg) {
    double x = SvgScatterChart.RIGHT + 24;
    double y = SvgScatterChart.TOP + 12;
    svg.append("<g class=\"legend\">\n<path class=\"intensity\" d=\"M").append(Figures.coord(x))
        .append(' ').append(Figures.coord(y - 4)).append(" H").append(Figures.coord(x + 12))
        .append("\"/><text x=\"").append(Figures.coord(x + 18)).append("\" y=\"")
        .append(Figures.coord(y)).append("\">intensity</text>\n");
    y += 20;
    svg.append("<rect class=\"wait\" x=\"").append(Figures.coord(x)).append("\" y=\"")
        .append(Figures.coord(y - 10)).append("\" width=\"12\" height=\"10\"/><text x=\"")
        .append(Figures.coord(x + 18)).append("\" y=\"").append(Figures.coord(y))
        .append("\">waited</text>\n");
    for (Map.Entry<String, String> entry : colours.entrySet()) {
      y += 20;
      svg.append("<circle cx=\"").append(Figures.coord(x + 6)).append("\" cy=\"")
          .append(Figures.coord(y - 4)).append("\" r=\"4\" fill=\"").append(entry.getValue())
          .append("\"/><text x=\"").append(Figures.coord(x + 18)).append("\" y=\"")
          .append(Figures.coord(y)).append("\">").append(Html.escape(entry.getKey()))
          .append("</text>\n");
    }
    svg.append("</g>\n");
  }

  private Instant floorToStep(Instant t) {
    long step = series.step().toNanos();
    long offset = Duration.between(series.start(), t).toNanos();
    return series.start().plusNanos(Math.floorDiv(offset, step) * step);
  }

  /** The smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten at least {@code value}. */
  static double niceCeiling(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * power >= value - 1e-9) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
