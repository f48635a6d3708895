package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.greenautoml.energy.UsageProbe;
import org.junit.jupiter.api.Test;

final class SpinLoadTest {

  private static double cpuSeconds(double duty) throws InterruptedException {
    long before = UsageProbe.system().processCpuNanos();
    SpinLoad.run(1, duty, Duration.ofMillis(400));
    return (UsageProbe.system().processCpuNanos() - before) / 1e9;
  }

  @Test
  void run_oneThreadAtQuarterDuty_usesAboutAQuarterOfTheCpuTimeOfFlatOut() throws Exception {
    double quarter = cpuSeconds(0.25);
    double flatOut = cpuSeconds(1);
    // 0.1 s and 0.4 s on an idle machine; a loaded one gives the flat-out thread less, so the
    // bound is loose, but a duty that were ignored would use as much as flat out
    assertThat(quarter).isGreaterThan(0.02).isLessThan(0.6 * flatOut);
  }

  @Test
  void run_dutyOutOfRange_isRejected() {
    assertThatThrownBy(() -> SpinLoad.run(1, 0, Duration.ofMillis(1)))
        .hasMessage("duty must be in (0, 1], found 0.0");
  }
}
