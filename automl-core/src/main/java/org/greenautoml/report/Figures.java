package org.greenautoml.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Number formatting for the HTML report: locale-independent, so the page is deterministic. */
final class Figures {

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private Figures() {}

  /** Three significant digits, plain between 0.001 and 1e6, otherwise like {@code 2.31e-5}. */
  static String sig(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (value == 0 || Double.isInfinite(value)) {
      return value == 0 ? "0" : Double.toString(value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
    double abs = Math.abs(value);
    if (abs >= 1e-3 && abs < 1e6) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    int exponent = rounded.precision() - rounded.scale() - 1;
    BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + exponent;
  }

  /** A fraction as a percentage with one decimal, for example {@code 93.1%}. */
  static String percent(double fraction) {
    return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A fixed number of decimals. */
  static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A byte count in B, KB, MB or GB (powers of 1024). */
  static String bytes(long bytes) {
    if (bytes < 0) {
      return "–";
    }
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return (unit == 0 ? Long.toString(bytes) : fixed(value, 1)) + " " + units[unit];
  }

  /** Ten to the power {@code exponent}, written with superscript digits, for example 10⁻⁵. */
  static String powerOfTen(int exponent) {
    StringBuilder out = new StringBuilder("10");
    String digits = Integer.toString(exponent);
    for (char c : digits.toCharArray()) {
      out.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
    }
    return out.toString();
  }

  /** A configuration as {@code key=value, key=value} (not escaped). */
  static String configuration(Map<String, Object> configuration) {
    if (configuration.isEmpty()) {
      return "(defaults)";
    }
    StringJoiner joiner = new StringJoiner(", ");
    configuration.forEach((k, v) -> joiner.add(k + "=" + v));
    return joiner.toString();
  }

  /** An SVG coordinate with two decimals. */
  static String coord(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
