package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A span of time {@code [from, to)}, such as a stretch a search waited for a cleaner hour.
 *
 * @param from the start
 * @param to the end, not before {@code from}
 */
public record TimeSpan(Instant from, Instant to) {

  /** Validates. */
  public TimeSpan {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "span end must not be before its start, found " + from + " to " + to);
    }
  }

  /** The length. */
  public Duration length() {
    return Duration.between(from, to);
  }
}
