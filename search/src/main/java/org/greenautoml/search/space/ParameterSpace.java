package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flat space: an ordered list of independent parameters with distinct names.
 *
 * <p>Immutable and thread-safe. {@link #grid(int)} is the Cartesian product of the parameters'
 * grids, so its size is the product of their sizes.
 */
public final class ParameterSpace implements SearchSpace {

  private final List<Parameter> parameters;

  private ParameterSpace(List<Parameter> parameters) {
    this.parameters = List.copyOf(parameters);
    Set<String> names = new HashSet<>();
    for (Parameter parameter : this.parameters) {
      if (!names.add(parameter.name())) {
        throw new IllegalArgumentException(
            "parameter names must be distinct, found " + parameter.name() + " twice");
      }
    }
  }

  /** A space of the given parameters, in that order. */
  public static ParameterSpace of(Parameter... parameters) {
    return new ParameterSpace(List.of(parameters));
  }

  /** A space of the given parameters, in that order. */
  public static ParameterSpace of(List<? extends Parameter> parameters) {
    return new ParameterSpace(List.copyOf(parameters));
  }

  /** The parameters in declaration order. */
  public List<Parameter> parameters() {
    return parameters;
  }

  @Override
  public int dimensions() {
    return parameters.size();
  }

  @Override
  public Configuration fromUnit(double[] point) {
    requireNonNull(point, "point");
    if (point.length < parameters.size()) {
      throw new IllegalArgumentException(
          "point must have at least " + parameters.size() + " coordinates, found " + point.length);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      values.put(parameters.get(i).name(), parameters.get(i).fromUnit(point[i]));
    }
    return Configuration.of(values);
  }

  /**
   * The number of configurations {@link #grid(int)} gives, counted without building them.
   *
   * @throws ArithmeticException if the count overflows a {@code long}
   */
  public long gridSize(int pointsPerParameter) {
    long size = 1;
    for (Parameter parameter : parameters) {
      size = Math.multiplyExact(size, parameter.grid(pointsPerParameter).size());
    }
    return size;
  }

  @Override
  public double[] toUnit(Configuration configuration) {
    Configuration valid = validate(configuration);
    double[] point = new double[parameters.size()];
    for (int i = 0; i < point.length; i++) {
      Parameter parameter = parameters.get(i);
      point[i] = parameter.toUnit(valid.values().get(parameter.name()));
    }
    return point;
  }

  @Override
  public List<Configuration> grid(int pointsPerParameter) {
    List<Map<String, Object>> partial = new ArrayList<>();
    partial.add(new LinkedHashMap<>());
    for (Parameter parameter : parameters) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> prefix : partial) {
        for (Object value : parameter.grid(pointsPerParameter)) {
          Map<String, Object> extended = new LinkedHashMap<>(prefix);
          extended.put(parameter.name(), value);
          next.add(extended);
        }
      }
      partial = next;
    }
    return partial.stream().map(Configuration::of).toList();
  }

  @Override
  public List<Configuration> defaults() {
    Map<String, Object> values = new LinkedHashMap<>();
    parameters.forEach(p -> values.put(p.name(), p.defaultAsObject()));
    return List.of(Configuration.of(values));
  }

  @Override
  public Configuration validate(Configuration configuration) {
    requireNonNull(configuration, "configuration");
    Map<String, Object> values = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      if (!configuration.has(parameter.name())) {
        throw new IllegalArgumentException(
            "configuration must assign " + parameter.name() + ", found " + configuration);
      }
      values.put(parameter.name(), parameter.validate(configuration.values().get(parameter.name())));
    }
    for (String name : configuration.values().keySet()) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException(
            "configuration assigns unknown parameter " + name + "; the space has "
                + values.keySet());
      }
    }
    return Configuration.of(values);
  }
}
