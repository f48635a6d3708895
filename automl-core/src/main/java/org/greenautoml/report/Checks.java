package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

/** Argument checks shared by the report records; messages read {@code <what> must be <constraint>, found <value>}. */
final class Checks {

  private Checks() {}

  static String text(String value, String what) {
    return requireNonNull(value, what + " must not be null");
  }

  static String nonBlank(String value, String what) {
    text(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, found \"" + value + "\"");
    }
    return value;
  }

  static double finiteNonNegative(double value, String what) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, found " + value);
    }
    return value;
  }

  /** A fraction in [0, 1]. */
  static double fraction(double value, String what) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], found " + value);
    }
    return value;
  }

  static int atLeast(int value, int minimum, String what) {
    if (value < minimum) {
      throw new IllegalArgumentException(what + " must be >= " + minimum + ", found " + value);
    }
    return value;
  }

  static long atLeast(long value, long minimum, String what) {
    if (value < minimum) {
      throw new IllegalArgumentException(what + " must be >= " + minimum + ", found " + value);
    }
    return value;
  }
}
