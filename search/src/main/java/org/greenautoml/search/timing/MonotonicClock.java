package org.greenautoml.search.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Real time from {@link System#nanoTime()}, anchored at one wall-clock reading plus an offset. */
final class MonotonicClock implements SearchClock {

  private final Instant origin;
  private final long originNanos = System.nanoTime();

  MonotonicClock(Instant wallNow, Duration offset) {
    this.origin = wallNow.plus(offset);
  }

  @Override
  public Instant instant() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }

  @Override
  public void sleepUntil(Instant t) throws InterruptedException {
    long nanos = Duration.between(instant(), t).toNanos();
    while (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
      nanos = Duration.between(instant(), t).toNanos();
    }
  }

  @Override
  public String toString() {
    return "SearchClock[" + instant() + "]";
  }
}
