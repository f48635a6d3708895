package org.greenautoml.search.space;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A real hyperparameter in {@code [min, max]}, uniform or log-uniform.
 *
 * @param name the parameter's name
 * @param min the smallest value
 * @param max the largest value
 * @param logScale whether positions are uniform in {@code log(value)} (requires {@code min > 0})
 * @param defaultValue the default, inside the range
 */
public record DoubleParameter(String name, double min, double max, boolean logScale, double defaultValue)
    implements Parameter {

  /** Validates the range and the default. */
  public DoubleParameter {
    Parameter.requireName(name);
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "range of " + name + " must be finite with min <= max, found [" + min + ", " + max + "]");
    }
    if (logScale && min <= 0) {
      throw new IllegalArgumentException(
          "min of log-scaled " + name + " must be positive, found " + min);
    }
    if (!(defaultValue >= min && defaultValue <= max)) {
      throw new IllegalArgumentException(
          "default of " + name + " must be in [" + min + ", " + max + "], found " + defaultValue);
    }
  }

  /** A uniform real parameter. */
  public static DoubleParameter uniform(String name, double min, double max, double defaultValue) {
    return new DoubleParameter(name, min, max, false, defaultValue);
  }

  /** A log-uniform real parameter. */
  public static DoubleParameter log(String name, double min, double max, double defaultValue) {
    return new DoubleParameter(name, min, max, true, defaultValue);
  }

  @Override
  public Object defaultAsObject() {
    return defaultValue;
  }

  @Override
  public Object fromUnit(double u) {
    Parameter.requireUnit(name, u);
    double value =
        logScale
            ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)))
            : min + u * (max - min);
    return Math.max(min, Math.min(max, value));
  }

  @Override
  public double toUnit(Object value) {
    double v = (Double) validate(value);
    if (max == min) {
      return 0.5;
    }
    double u = logScale
        ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min))
        : (v - min) / (max - min);
    return Math.max(0.0, Math.min(1.0, u));
  }

  @Override
  public List<Object> grid(int points) {
    Parameter.requireGridPoints(name, points);
    Set<Object> values = new LinkedHashSet<>();
    for (int i = 0; i < points; i++) {
      values.add(fromUnit(points == 1 ? 0.5 : (double) i / (points - 1)));
    }
    return new ArrayList<>(values);
  }

  @Override
  public Object validate(Object value) {
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException(name + " must be a number, found " + value);
    }
    double v = number.doubleValue();
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], found " + value);
    }
    return v;
  }
}
