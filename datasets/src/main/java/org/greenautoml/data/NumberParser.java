package org.greenautoml.data;

/**
 * Parses one decimal number from a cell without boxing. Accepts an optional sign, digits with an
 * optional decimal point, and an optional exponent ({@code -1.5e-3}); surrounding spaces are
 * ignored. {@code nan}, {@code inf} and {@code infinity} (any case, optional sign) and overflowing
 * values are reported as {@link #NON_FINITE}. Everything else, including Java's {@code 1d} and hex
 * floats, is {@link #NOT_A_NUMBER}.
 *
 * <p>Plain unsigned integers of up to 9 digits are read directly (exact as an int). Other short
 * numbers take Clinger's exact fast path (mantissa below 2^53, power of ten at most 22,
 * one correctly rounded operation); longer ones fall back to {@link Double#parseDouble}. Not
 * thread-safe: one instance per reading thread.
 */
final class NumberParser {

  static final int FINITE = 0;
  static final int NON_FINITE = 1;
  static final int NOT_A_NUMBER = 2;

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private double value;

  /** The value of the last cell parsed as {@link #FINITE} or {@link #NON_FINITE}. */
  double value() {
    return value;
  }

  /** Parses {@code s}; returns {@link #FINITE}, {@link #NON_FINITE} or {@link #NOT_A_NUMBER}. */
  int parse(String s) {
    int n = s.length();
    if (n > 0 && n <= 9) {
      int v = 0;
      int i = 0;
      char c;
      while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        i++;
      }
      if (i == n) {
        value = v;
        return FINITE;
      }
    }
    return parseDecimal(s, n);
  }

  /** The general case: sign, spaces, a decimal point, an exponent, long mantissas. */
  private int parseDecimal(String s, int length) {
    int i = 0;
    int n = length;
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    while (n > i && s.charAt(n - 1) == ' ') {
      n--;
    }
    if (i == n) {
      return NOT_A_NUMBER;
    }
    int from = i;
    char c = s.charAt(i);
    boolean negative = c == '-';
    if (c == '-' || c == '+') {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int exp10 = 0;
    boolean truncated = false;
    boolean any = false;
    int digitsFrom = i;
    boolean fraction = false;
    for (; i < n; i++) {
      c = s.charAt(i);
      if (c == '.' && !fraction) {
        fraction = true;
        continue;
      }
      if (c < '0' || c > '9') {
        break;
      }
      any = true;
      if (mantissa == 0 && c == '0') {
        exp10 -= fraction ? 1 : 0;
      } else if (digits < 18) {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        exp10 -= fraction ? 1 : 0;
      } else {
        truncated = true;
        exp10 += fraction ? 0 : 1;
      }
    }
    if (!any) {
      return nonFinite(s.substring(digitsFrom, n), negative);
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      int sign = 1;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        sign = s.charAt(i) == '-' ? -1 : 1;
        i++;
      }
      int e = 0;
      int start = i;
      for (; i < n && (c = s.charAt(i)) >= '0' && c <= '9'; i++) {
        e = Math.min(e * 10 + (c - '0'), 100_000);
      }
      if (i == start) {
        return NOT_A_NUMBER;
      }
      exp10 += sign * e;
    }
    if (i != n) {
      return NOT_A_NUMBER;
    }
    double v;
    if (!truncated && mantissa < (1L << 53) && exp10 >= -22 && exp10 <= 22) {
      v = exp10 >= 0 ? mantissa * POW10[exp10] : mantissa / POW10[-exp10];
      v = negative ? -v : v;
    } else {
      v = Double.parseDouble(s.substring(from, n));
    }
    value = v;
    return Double.isInfinite(v) ? NON_FINITE : FINITE;
  }

  private int nonFinite(String word, boolean negative) {
    if ((word.length() != 3 && word.length() != 8)
        || "nNiI\u0130\u0131".indexOf(word.charAt(0)) < 0) {
      return NOT_A_NUMBER;
    }
    if (word.equalsIgnoreCase("nan")) {
      value = Double.NaN;
      return NON_FINITE;
    }
    if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
      value = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return NON_FINITE;
    }
    return NOT_A_NUMBER;
  }
}
