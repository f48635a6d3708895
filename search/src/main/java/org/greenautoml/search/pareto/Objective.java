package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

/**
 * One objective of a multi-objective search: a name, a {@link Direction}, and whether it is
 * compared on a log scale (for energies that span orders of magnitude).
 *
 * <p>The log scale changes neither dominance nor front membership (the logarithm is monotone);
 * it changes distances inside a front (crowding distance, epsilon-net, normalisation) and
 * hypervolumes computed from {@link Objectives#toMinimisation}. Immutable.
 *
 * @param name a non-blank name, unique within an {@link Objectives}
 * @param direction whether smaller or larger is better
 * @param logScale whether values are compared as {@code log10(value)}; such values must be
 *     positive
 */
public record Objective(String name, Direction direction, boolean logScale) {

  /** Validates the components. */
  public Objective {
    requireNonNull(name, "name");
    requireNonNull(direction, "direction");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "objective name must not be blank, found '" + name + "'");
    }
  }

  /** An objective where smaller is better, on a linear scale. */
  public static Objective minimize(String name) {
    return new Objective(name, Direction.MINIMIZE, false);
  }

  /** An objective where larger is better, on a linear scale. */
  public static Objective maximize(String name) {
    return new Objective(name, Direction.MAXIMIZE, false);
  }

  /** This objective compared on a log scale. */
  public Objective withLogScale() {
    return new Objective(name, direction, true);
  }
}
