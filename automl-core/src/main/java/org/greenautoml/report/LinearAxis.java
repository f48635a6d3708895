package org.greenautoml.report;

/** A linear y-axis for accuracy, on whole multiples of its tick step, labelled in percent. */
record LinearAxis(double low, double high, double step, double fromPixel, double toPixel) {

  static LinearAxis spanning(double[] values, double fromPixel, double toPixel) {
    double min = 1;
    double max = 0;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (values.length == 0) {
      min = 0;
      max = 1;
    }
    double step = (max - min) > 0.4 ? 0.1 : (max - min) > 0.15 ? 0.05 : 0.02;
    double low = Math.max(0, Math.floor(min / step + 1e-9) * step);
    double high = Math.min(1, Math.ceil(max / step - 1e-9) * step);
    if (high - low < step) {
      high = Math.min(1, low + step);
      low = high - step;
    }
    return new LinearAxis(low, high, step, fromPixel, toPixel);
  }

  double pixel(double value) {
    double t = (value - low) / (high - low);
    return fromPixel + t * (toPixel - fromPixel);
  }

  void render(StringBuilder svg, double left, double right) {
    long ticks = Math.round((high - low) / step);
    for (long i = 0; i <= ticks; i++) {
      double value = low + i * step;
      double y = pixel(value);
      svg.append("<line class=\"grid\" x1=\"").append(Figures.coord(left)).append("\" x2=\"")
          .append(Figures.coord(right)).append("\" y1=\"").append(Figures.coord(y))
          .append("\" y2=\"").append(Figures.coord(y)).append("\"/>\n");
      svg.append("<text class=\"tick\" x=\"").append(Figures.coord(left - 8)).append("\" y=\"")
          .append(Figures.coord(y + 4)).append("\" text-anchor=\"end\">")
          .append(Figures.fixed(value * 100, 0)).append("%</text>\n");
    }
  }
}
