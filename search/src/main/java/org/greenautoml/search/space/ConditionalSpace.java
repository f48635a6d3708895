package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A space where one choice (for example the model family) selects which parameters exist.
 *
 * <p>Each configuration holds the choice under {@link #choiceName()} followed by the parameters of
 * the chosen branch. The first unit coordinate picks the branch (uniformly over branches); the
 * remaining coordinates feed the branch, so {@link #dimensions()} is one plus the largest branch.
 * Immutable and thread-safe.
 */
public final class ConditionalSpace implements SearchSpace {

  private final String choiceName;
  private final Map<String, ParameterSpace> branches;
  private final List<String> choices;

  /**
   * A conditional space.
   *
   * @param choiceName the name of the choice parameter, for example {@code family}
   * @param branches the parameters of each choice, in a stated order
   */
  public ConditionalSpace(String choiceName, Map<String, ParameterSpace> branches) {
    this.choiceName = Parameter.requireName(choiceName);
    requireNonNull(branches, "branches");
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("branches of " + choiceName + " must not be empty");
    }
    branches.forEach(
        (choice, space) -> {
          boolean clash =
              space.parameters().stream().anyMatch(p -> p.name().equals(choiceName));
          if (clash) {
            throw new IllegalArgumentException(
                "branch " + choice + " must not declare the choice parameter " + choiceName);
          }
        });
    this.branches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(branches));
    this.choices = List.copyOf(branches.keySet());
  }

  /** The name of the choice parameter. */
  public String choiceName() {
    return choiceName;
  }

  /** The branches by choice, in declaration order. */
  public Map<String, ParameterSpace> branches() {
    return branches;
  }

  @Override
  public int dimensions() {
    return 1 + branches.values().stream().mapToInt(ParameterSpace::dimensions).max().orElse(0);
  }

  @Override
  public Configuration fromUnit(double[] point) {
    requireNonNull(point, "point");
    if (point.length < dimensions()) {
      throw new IllegalArgumentException(
          "point must have at least " + dimensions() + " coordinates, found " + point.length);
    }
    String choice = (String) CategoricalParameter.of(choiceName, choices.toArray(String[]::new))
        .fromUnit(point[0]);
    double[] rest = java.util.Arrays.copyOfRange(point, 1, point.length);
    return withChoice(choice, branches.get(choice).fromUnit(rest));
  }

  @Override
  public double[] toUnit(Configuration configuration) {
    Configuration valid = validate(configuration);
    String choice = valid.getString(choiceName);
    Map<String, Object> rest = new LinkedHashMap<>(valid.values());
    rest.remove(choiceName);
    double[] branch = branches.get(choice).toUnit(Configuration.of(rest));
    double[] point = new double[dimensions()];
    java.util.Arrays.fill(point, 0.5);
    point[0] = (choices.indexOf(choice) + 0.5) / choices.size();
    System.arraycopy(branch, 0, point, 1, branch.length);
    return point;
  }

  /** The choices in declaration order. */
  public List<String> choices() {
    return choices;
  }

  @Override
  public List<Configuration> grid(int pointsPerParameter) {
    List<Configuration> grid = new ArrayList<>();
    branches.forEach(
        (choice, space) ->
            space.grid(pointsPerParameter).forEach(c -> grid.add(withChoice(choice, c))));
    return grid;
  }

  @Override
  public List<Configuration> defaults() {
    List<Configuration> defaults = new ArrayList<>();
    branches.forEach((choice, space) -> defaults.add(withChoice(choice, space.defaults().get(0))));
    return defaults;
  }

  @Override
  public Configuration validate(Configuration configuration) {
    requireNonNull(configuration, "configuration");
    if (!configuration.has(choiceName)) {
      throw new IllegalArgumentException(
          "configuration must assign " + choiceName + ", found " + configuration);
    }
    String choice = configuration.getString(choiceName);
    ParameterSpace branch = branches.get(choice);
    if (branch == null) {
      throw new IllegalArgumentException(
          choiceName + " must be one of " + choices + ", found " + choice);
    }
    Map<String, Object> rest = new LinkedHashMap<>(configuration.values());
    rest.remove(choiceName);
    return withChoice(choice, branch.validate(Configuration.of(rest)));
  }

  private Configuration withChoice(String choice, Configuration branchValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(choiceName, choice);
    values.putAll(branchValues.values());
    return Configuration.of(values);
  }
}
