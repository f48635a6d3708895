package org.greenautoml.search.space;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An integer hyperparameter in {@code [min, max]}, uniform or log-uniform.
 *
 * @param name the parameter's name
 * @param min the smallest value
 * @param max the largest value
 * @param logScale whether positions are uniform in {@code log(value)} (requires {@code min >= 1})
 * @param defaultValue the default, inside the range
 */
public record IntParameter(String name, int min, int max, boolean logScale, int defaultValue)
    implements Parameter {

  /** Validates the range and the default. */
  public IntParameter {
    Parameter.requireName(name);
    if (min > max) {
      throw new IllegalArgumentException(
          "min of " + name + " must be at most max, found " + min + " > " + max);
    }
    if (logScale && min < 1) {
      throw new IllegalArgumentException(
          "min of log-scaled " + name + " must be at least 1, found " + min);
    }
    if (defaultValue < min || defaultValue > max) {
      throw new IllegalArgumentException(
          "default of " + name + " must be in [" + min + ", " + max + "], found " + defaultValue);
    }
  }

  /** A uniform integer parameter. */
  public static IntParameter uniform(String name, int min, int max, int defaultValue) {
    return new IntParameter(name, min, max, false, defaultValue);
  }

  /** A log-uniform integer parameter. */
  public static IntParameter log(String name, int min, int max, int defaultValue) {
    return new IntParameter(name, min, max, true, defaultValue);
  }

  @Override
  public Object defaultAsObject() {
    return defaultValue;
  }

  @Override
  public Object fromUnit(double u) {
    Parameter.requireUnit(name, u);
    double value;
    if (logScale) {
      double lo = Math.log(min);
      double hi = Math.log(max + 1.0);
      value = Math.floor(Math.exp(lo + u * (hi - lo)));
    } else {
      value = Math.floor(min + u * (max - min + 1.0));
    }
    return (int) Math.max(min, Math.min(max, value));
  }

  @Override
  public double toUnit(Object value) {
    int v = (Integer) validate(value);
    if (logScale) {
      double lo = Math.log(min);
      double width = Math.log(max + 1.0) - lo;
      return ((Math.log(v) - lo) + (Math.log(v + 1.0) - lo)) / (2 * width);
    }
    return (v - min + 0.5) / (max - min + 1.0);
  }

  @Override
  public List<Object> grid(int points) {
    Parameter.requireGridPoints(name, points);
    Set<Object> values = new LinkedHashSet<>();
    for (int i = 0; i < points; i++) {
      double u = points == 1 ? 0.5 : (double) i / (points - 1);
      double value =
          logScale
              ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)))
              : min + u * (max - min);
      values.add((int) Math.round(value));
    }
    return new ArrayList<>(values);
  }

  @Override
  public Object validate(Object value) {
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new IllegalArgumentException(name + " must be an integer, found " + value);
    }
    long v = number.longValue();
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], found " + value);
    }
    return (int) v;
  }
}
