package org.greenautoml.search.timing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The time a search runs by: when trials start and end, which hour of an intensity series
 * applies, how long the search may wait and when its wall-time limit passes. {@link #system()} is
 * the default; {@link #replay(Instant)} runs at real speed from another instant (to replay a past
 * series as if the search started then); {@link SimulatedClock} jumps instead of sleeping, so a
 * test runs a simulated day in seconds. Implementations are thread-safe.
 */
public interface SearchClock extends InstantSource {

  /**
   * Waits until {@link #instant()} reaches {@code t} (returns at once if it already has).
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void sleepUntil(Instant t) throws InterruptedException;

  /** Real time, monotonic while the JVM runs (never jumps back when the system clock is set). */
  static SearchClock system() {
    return new MonotonicClock(Instant.now(), Duration.ZERO);
  }

  /**
   * Real time shifted so that now reads {@code startAt}: a replay of a past (or future) series as
   * if the search started then. Time runs at real speed; only the origin moves.
   */
  static SearchClock replay(Instant startAt) {
    Instant now = Instant.now();
    return new MonotonicClock(now, Duration.between(now, requireNonNull(startAt, "startAt")));
  }
}
