package org.greenautoml.data;

/**
 * Parses one decimal number from a cell's char range without boxing or a String. Accepts an
 * optional sign, digits with an optional decimal point, and an optional exponent ({@code
 * -1.5e-3}); surrounding spaces are ignored. {@code nan}, {@code inf} and {@code infinity} (any
 * case, optional sign) and overflowing values are reported as {@link #NON_FINITE}. Everything else,
 * including Java's {@code 1d} and hex floats, is {@link #NOT_A_NUMBER}.
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

  /**
   * Parses the {@code len} characters of {@code buf} from {@code off}; returns {@link #FINITE},
   * {@link #NON_FINITE} or {@link #NOT_A_NUMBER}. Allocates only for mantissas longer than 18
   * digits or powers of ten beyond 22, which go to {@link Double#parseDouble}.
   */
  int parse(char[] buf, int off, int len) {
    if (len > 0 && len <= 9) {
      int v = 0;
      int i = off;
      int end = off + len;
      char c;
      while (i < end && (c = buf[i]) >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        i++;
      }
      if (i == end) {
        value = v;
        return FINITE;
      }
    }
    return parseDecimal(buf, off, off + len);
  }

  /** The general case over {@code buf[start, end)}: sign, spaces, a point, an exponent. */
  private int parseDecimal(char[] buf, int start, int end) {
    int i = start;
    int n = end;
    while (i < n && buf[i] == ' ') {
      i++;
    }
    while (n > i && buf[n - 1] == ' ') {
      n--;
    }
    if (i == n) {
      return NOT_A_NUMBER;
    }
    int from = i;
    char c = buf[i];
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
      c = buf[i];
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
      return nonFinite(buf, digitsFrom, n - digitsFrom, negative);
    }
    if (i < n && (buf[i] == 'e' || buf[i] == 'E')) {
      i++;
      int sign = 1;
      if (i < n && (buf[i] == '-' || buf[i] == '+')) {
        sign = buf[i] == '-' ? -1 : 1;
        i++;
      }
      int e = 0;
      int expFrom = i;
      for (; i < n && (c = buf[i]) >= '0' && c <= '9'; i++) {
        e = Math.min(e * 10 + (c - '0'), 100_000);
      }
      if (i == expFrom) {
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
      v = Double.parseDouble(new String(buf, from, n - from));
    }
    value = v;
    return Double.isInfinite(v) ? NON_FINITE : FINITE;
  }

  /** {@code nan}, {@code inf} or {@code infinity} in any case, as String.equalsIgnoreCase. */
  private int nonFinite(char[] buf, int off, int len, boolean negative) {
    if ((len != 3 && len != 8) || "nNiI\u0130\u0131".indexOf(buf[off]) < 0) {
      return NOT_A_NUMBER;
    }
    if (equalsIgnoreCase(buf, off, len, "nan")) {
      value = Double.NaN;
      return NON_FINITE;
    }
    if (equalsIgnoreCase(buf, off, len, "inf") || equalsIgnoreCase(buf, off, len, "infinity")) {
      value = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return NON_FINITE;
    }
    return NOT_A_NUMBER;
  }

  /** The rule of {@link String#equalsIgnoreCase}: equal, or equal upper cases, or lower cases. */
  private static boolean equalsIgnoreCase(char[] buf, int off, int len, String word) {
    if (len != word.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char a = buf[off + i];
      char b = word.charAt(i);
      char upperA = Character.toUpperCase(a);
      char upperB = Character.toUpperCase(b);
      if (a != b && upperA != upperB
          && Character.toLowerCase(upperA) != Character.toLowerCase(upperB)) {
        return false;
      }
    }
    return true;
  }
}
