package org.greenautoml.search.space;

import java.util.List;

/**
 * One hyperparameter: its name, its domain and its default value.
 *
 * <p>Every parameter maps the unit interval onto its domain ({@link #fromUnit(double)}), so that any
 * sampler over {@code [0, 1)^d} (random, grid, low-discrepancy) works for every space. Values are
 * {@link Integer}, {@link Double}, {@link String} or {@link Boolean}, never null.
 */
public sealed interface Parameter
    permits IntParameter, DoubleParameter, CategoricalParameter, BooleanParameter {

  /** The parameter's name, unique within a space. */
  String name();

  /** The value used when nothing else is known. */
  Object defaultAsObject();

  /**
   * The value at position {@code u} of the domain, for {@code u} in {@code [0, 1]}; log-scaled
   * parameters are uniform in the logarithm.
   *
   * @throws IllegalArgumentException if {@code u} is outside {@code [0, 1]} or NaN
   */
  Object fromUnit(double u);

  /**
   * {@code points} values spread evenly over the domain (in log space for log-scaled parameters),
   * without duplicates; a categorical or boolean parameter gives all its values.
   */
  List<Object> grid(int points);

  /**
   * The position in {@code [0, 1]} whose {@link #fromUnit(double)} is {@code value}: the centre of
   * the positions that map to it (for integer, categorical and boolean parameters a range of
   * positions does), so that {@code fromUnit(toUnit(v))} is {@code v} for every valid {@code v}.
   *
   * @throws IllegalArgumentException if {@code value} does not belong to the domain
   */
  double toUnit(Object value);

  /**
   * Checks that {@code value} belongs to the domain and returns it in canonical form.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the domain
   */
  Object validate(Object value);

  /** Checks a position in the unit interval. */
  static double requireUnit(String name, double u) {
    if (!(u >= 0.0 && u <= 1.0)) {
      throw new IllegalArgumentException(
          "unit position of " + name + " must be in [0, 1], found " + u);
    }
    return u;
  }

  /** Checks a grid size. */
  static int requireGridPoints(String name, int points) {
    if (points < 1) {
      throw new IllegalArgumentException(
          "grid points of " + name + " must be at least 1, found " + points);
    }
    return points;
  }

  /** Checks a parameter name. */
  static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("parameter name must be non-blank, found " + name);
    }
    return name;
  }
}
