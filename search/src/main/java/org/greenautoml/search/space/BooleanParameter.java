package org.greenautoml.search.space;

import java.util.List;

/**
 * A true/false hyperparameter.
 *
 * @param name the parameter's name
 * @param defaultValue the default
 */
public record BooleanParameter(String name, boolean defaultValue) implements Parameter {

  /** Validates the name. */
  public BooleanParameter {
    Parameter.requireName(name);
  }

  @Override
  public Object defaultAsObject() {
    return defaultValue;
  }

  @Override
  public Object fromUnit(double u) {
    return Parameter.requireUnit(name, u) >= 0.5;
  }

  @Override
  public double toUnit(Object value) {
    return (Boolean) validate(value) ? 0.75 : 0.25;
  }

  @Override
  public List<Object> grid(int points) {
    Parameter.requireGridPoints(name, points);
    return List.of(false, true);
  }

  @Override
  public Object validate(Object value) {
    if (!(value instanceof Boolean b)) {
      throw new IllegalArgumentException(name + " must be true or false, found " + value);
    }
    return b;
  }
}
