package org.greenautoml.energy.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link Calibrator.Load#spinning()}: platform threads that spin on arithmetic until a deadline,
 * flat out or for a duty cycle of every {@value #PERIOD_NANOS} ns period.
 */
final class SpinLoad {

  static final long PERIOD_NANOS = 10_000_000L;

  private SpinLoad() {}

  static void run(int threads, double duty, Duration duration) throws InterruptedException {
    if (!(duty > 0 && duty <= 1)) {
      throw new IllegalArgumentException("duty must be in (0, 1], found " + duty);
    }
    long deadline = System.nanoTime() + duration.toNanos();
    if (threads == 0) {
      Thread.sleep(duration.toMillis());
      return;
    }
    List<Thread> spinners = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> spin(deadline, duty), "greenautoml-calibration-" + i);
      t.setDaemon(true);
      t.start();
      spinners.add(t);
    }
    for (Thread t : spinners) {
      t.join();
    }
  }

  private static volatile long sink;

  /** Spins on the calling thread until {@code deadline} ({@link System#nanoTime}), busy {@code duty}. */
  static void spin(long deadline, double duty) {
    long x = 1;
    long busyNanos = Math.round(duty * PERIOD_NANOS);
    for (long period = System.nanoTime(); period < deadline; period += PERIOD_NANOS) {
      long busyUntil = duty >= 1 ? deadline : Math.min(deadline, period + busyNanos);
      while (System.nanoTime() < busyUntil) {
        for (int i = 0; i < 10_000; i++) {
          x = x * 6364136223846793005L + 1442695040888963407L;
        }
      }
      long rest = Math.min(deadline, period + PERIOD_NANOS) - System.nanoTime();
      if (duty < 1 && rest > 0) {
        LockSupport.parkNanos(rest);
      }
    }
    sink = x;
  }
}
