package org.greenautoml.search.budget;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Optional limits besides the carbon budget: the search's wall time and the number of trials
 * started.
 *
 * @param wallTime the longest the search may run
 * @param maxTrials the most trials it may start
 */
public record SearchLimits(Optional<Duration> wallTime, OptionalInt maxTrials) {

  /** No limit besides the carbon budget. */
  public static final SearchLimits NONE = new SearchLimits(Optional.empty(), OptionalInt.empty());

  /** Validates both limits. */
  public SearchLimits {
    requireNonNull(wallTime, "wallTime");
    requireNonNull(maxTrials, "maxTrials");
    wallTime.ifPresent(
        d -> {
          if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("wall time must be positive, found " + d);
          }
        });
    if (maxTrials.isPresent() && maxTrials.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "max trials must be at least 1, found " + maxTrials.getAsInt());
    }
  }

  /** A copy with a wall-time limit. */
  public SearchLimits withWallTime(Duration limit) {
    return new SearchLimits(Optional.of(requireNonNull(limit, "limit")), maxTrials);
  }

  /** A copy with a trial-count limit. */
  public SearchLimits withMaxTrials(int limit) {
    return new SearchLimits(wallTime, OptionalInt.of(limit));
  }
}
