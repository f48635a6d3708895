package org.greenautoml.energy.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@link Calibrator.Load#spinning()}: platform threads that spin on arithmetic until a deadline. */
final class SpinLoad {

  private SpinLoad() {}

  static void run(int threads, Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    if (threads == 0) {
      Thread.sleep(duration.toMillis());
      return;
    }
    List<Thread> spinners = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> spin(deadline), "greenautoml-calibration-" + i);
      t.setDaemon(true);
      t.start();
      spinners.add(t);
    }
    for (Thread t : spinners) {
      t.join();
    }
  }

  private static volatile long sink;

  private static void spin(long deadline) {
    long x = 1;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 100_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
    }
    sink = x;
  }
}
