package org.greenautoml.search.space;

import java.util.List;

/**
 * A hyperparameter that takes one of a fixed list of string values.
 *
 * @param name the parameter's name
 * @param choices the values, in a stated order, without duplicates
 * @param defaultValue the default, one of the choices
 */
public record CategoricalParameter(String name, List<String> choices, String defaultValue)
    implements Parameter {

  /** Validates the choices and the default. */
  public CategoricalParameter {
    Parameter.requireName(name);
    choices = List.copyOf(choices);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("choices of " + name + " must not be empty");
    }
    if (choices.stream().distinct().count() != choices.size()) {
      throw new IllegalArgumentException("choices of " + name + " must be distinct, found " + choices);
    }
    if (!choices.contains(defaultValue)) {
      throw new IllegalArgumentException(
          "default of " + name + " must be one of " + choices + ", found " + defaultValue);
    }
  }

  /** A categorical parameter whose default is its first choice. */
  public static CategoricalParameter of(String name, String... choices) {
    return new CategoricalParameter(name, List.of(choices), choices.length == 0 ? null : choices[0]);
  }

  @Override
  public Object defaultAsObject() {
    return defaultValue;
  }

  @Override
  public Object fromUnit(double u) {
    Parameter.requireUnit(name, u);
    return choices.get(Math.min(choices.size() - 1, (int) Math.floor(u * choices.size())));
  }

  @Override
  public double toUnit(Object value) {
    return (choices.indexOf((String) validate(value)) + 0.5) / choices.size();
  }

  @Override
  public List<Object> grid(int points) {
    Parameter.requireGridPoints(name, points);
    return List.copyOf(choices);
  }

  @Override
  public Object validate(Object value) {
    if (!(value instanceof String s) || !choices.contains(s)) {
      throw new IllegalArgumentException(name + " must be one of " + choices + ", found " + value);
    }
    return s;
  }
}
