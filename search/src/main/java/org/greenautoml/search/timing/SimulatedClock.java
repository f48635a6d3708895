package org.greenautoml.search.timing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that moves only when told: {@link #advance} by a simulated trial, {@link #sleepUntil} by
 * a waiting search (it jumps, it does not sleep). For tests and simulations: a simulated day of a
 * real intensity series runs in seconds. Thread-safe.
 */
public final class SimulatedClock implements SearchClock {

  private Instant now;

  /** A clock that reads {@code start} until moved. */
  public SimulatedClock(Instant start) {
    this.now = requireNonNull(start, "start");
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  /**
   * Moves the clock forward.
   *
   * @throws IllegalArgumentException if {@code by} is negative
   */
  public synchronized void advance(Duration by) {
    requireNonNull(by, "by");
    if (by.isNegative()) {
      throw new IllegalArgumentException("a clock must not go back, found " + by);
    }
    now = now.plus(by);
  }

  @Override
  public synchronized void sleepUntil(Instant t) {
    if (t.isAfter(now)) {
      now = t;
    }
  }

  @Override
  public String toString() {
    return "SimulatedClock[" + instant() + "]";
  }
}
