package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Energy spent evenly over {@code [from, to)}: one trial, or one stretch of the search's overhead.
 *
 * @param from when it started
 * @param to when it ended, not before {@code from}
 * @param joules the IT energy, finite and {@code >= 0}
 */
public record TimedEnergy(Instant from, Instant to, double joules) {

  /** Validates. */
  public TimedEnergy {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "energy interval end must not be before its start, found " + from + " to " + to);
    }
    if (!Double.isFinite(joules) || joules < 0) {
      throw new IllegalArgumentException("energy must be finite and >= 0 J, found " + joules);
    }
  }
}
