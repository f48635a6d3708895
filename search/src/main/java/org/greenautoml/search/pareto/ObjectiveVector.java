package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The values of a trial on each objective, in the order of an {@link Objectives}, in the user's
 * own direction (accuracy as accuracy, not as error). Immutable: the array is copied on the way
 * in and on the way out.
 *
 * @param values one value per objective; at least one; never NaN (infinities are allowed)
 */
public record ObjectiveVector(double[] values) {

  /** Copies and validates the values. */
  public ObjectiveVector {
    requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("objective vector must have at least one value, found 0");
    }
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException(
            "objective value " + i + " must not be NaN, found " + Arrays.toString(values));
      }
    }
  }

  /** A vector of the given values (copied). */
  public static ObjectiveVector of(double... values) {
    return new ObjectiveVector(values);
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The value of objective {@code i}. */
  public double get(int i) {
    if (i < 0 || i >= values.length) {
      throw new IndexOutOfBoundsException(
          "objective index must be in [0, " + values.length + "), found " + i);
    }
    return values[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectiveVector that && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ObjectiveVector" + Arrays.toString(values);
  }
}
