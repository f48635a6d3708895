package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class SpinLoadTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void spin_quarterDuty_busyAboutAQuarterOfTheWallTime() {
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long wallBefore = System.nanoTime();
    SpinLoad.spin(wallBefore + 400_000_000L, 0.25);
    double busy = (THREADS.getCurrentThreadCpuTime() - cpuBefore)
        / (double) (System.nanoTime() - wallBefore);
    // 0.25 on an idle machine; other load can only lower it, and a duty that were ignored would
    // spin for all of the wall time (flat out)
    assertThat(busy).isGreaterThan(0.02).isLessThan(0.4);
  }

  @Test
  void run_zeroThreadsOrFlatOut_endsAtTheDeadlineAndADutyOutOfRangeIsRejected() throws Exception {
    long before = System.nanoTime();
    SpinLoad.run(0, 1, Duration.ofMillis(50));
    SpinLoad.run(1, 1, Duration.ofMillis(50));
    assertThat((System.nanoTime() - before) / 1e6).isBetween(95.0, 2_000.0);
    assertThatThrownBy(() -> SpinLoad.run(1, 0, Duration.ofMillis(1)))
        .hasMessage("duty must be in (0, 1], found 0.0");
  }
}
