package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * What a sampler learns from one finished trial: the configuration, the rung it ran at and its
 * objective values in minimisation form (smaller is better on every axis, as {@code
 * Objectives.toMinimisation} gives them).
 *
 * @param configuration the configuration that was evaluated
 * @param rung the index of its fidelity on the scheduler's ladder (0 = lowest)
 * @param fidelity the fraction of training rows it saw, in (0, 1]
 * @param minimised its objective values, smaller is better, at least one, all finite
 */
public record Observation(Configuration configuration, int rung, double fidelity, double[] minimised) {

  /** Validates every field and copies the values. */
  public Observation {
    requireNonNull(configuration, "configuration");
    if (rung < 0) {
      throw new IllegalArgumentException("rung must be non-negative, found " + rung);
    }
    if (!(fidelity > 0 && fidelity <= 1)) {
      throw new IllegalArgumentException("fidelity must be in (0, 1], found " + fidelity);
    }
    requireNonNull(minimised, "minimised");
    if (minimised.length == 0 || Arrays.stream(minimised).anyMatch(v -> !Double.isFinite(v))) {
      throw new IllegalArgumentException(
          "objective values must be at least one and finite, found " + Arrays.toString(minimised));
    }
    minimised = minimised.clone();
  }

  /** The objective values, smaller is better (a copy). */
  @Override
  public double[] minimised() {
    return minimised.clone();
  }

  /** The value of objective {@code i}, smaller is better. */
  public double value(int i) {
    return minimised[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Observation that
        && configuration.equals(that.configuration)
        && rung == that.rung
        && Double.compare(fidelity, that.fidelity) == 0
        && Arrays.equals(minimised, that.minimised);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * configuration.hashCode() + rung) + Arrays.hashCode(minimised);
  }

  @Override
  public String toString() {
    return configuration + " @ rung " + rung + " -> " + Arrays.toString(minimised);
  }
}
