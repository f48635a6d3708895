package org.greenautoml.report;

/** A log10 x-axis over whole decades, with a gridline and label per decade (every other decade when there are many). */
record LogAxis(int lowDecade, int highDecade, double fromPixel, double toPixel) {

  static LogAxis spanning(double[] values, double fromPixel, double toPixel) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (values.length == 0) {
      min = 1e-6;
      max = 1e-3;
    }
    int low = (int) Math.floor(Math.log10(min));
    int high = (int) Math.ceil(Math.log10(max));
    return new LogAxis(low, Math.max(high, low + 1), fromPixel, toPixel);
  }

  double pixel(double value) {
    double t = (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
    return fromPixel + t * (toPixel - fromPixel);
  }

  void render(StringBuilder svg, double top, double bottom) {
    int span = highDecade - lowDecade;
    int step = span > 8 ? 2 : 1;
    if (span <= 4) {
      for (int d = lowDecade; d < highDecade; d++) {
        for (int m = 2; m <= 9; m++) {
          double x = pixel(m * Math.pow(10, d));
          svg.append("<line class=\"grid minor\" x1=\"").append(Figures.coord(x)).append("\" x2=\"")
              .append(Figures.coord(x)).append("\" y1=\"").append(Figures.coord(top))
              .append("\" y2=\"").append(Figures.coord(bottom)).append("\"/>\n");
        }
      }
    }
    for (int d = lowDecade; d <= highDecade; d += step) {
      double x = pixel(Math.pow(10, d));
      svg.append("<line class=\"grid\" x1=\"").append(Figures.coord(x)).append("\" x2=\"")
          .append(Figures.coord(x)).append("\" y1=\"").append(Figures.coord(top)).append("\" y2=\"")
          .append(Figures.coord(bottom)).append("\"/>\n");
      svg.append("<text class=\"tick\" x=\"").append(Figures.coord(x)).append("\" y=\"")
          .append(Figures.coord(bottom + 18)).append("\" text-anchor=\"middle\">")
          .append(Figures.powerOfTen(d)).append("</text>\n");
    }
  }
}
