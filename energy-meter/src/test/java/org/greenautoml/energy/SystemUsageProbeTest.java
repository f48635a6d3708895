package org.greenautoml.energy;

import static org.assertj.core.api.Assertions.assertThat;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import org.junit.jupiter.api.Test;

final class SystemUsageProbeTest {

  @Test
  void machineBusyCpuNanos_fastProcStatPath_agreesWithOshiTicks() {
    long ours = UsageProbe.system().machineBusyCpuNanos();
    long[] ticks = new SystemInfo().getHardware().getProcessor().getSystemCpuLoadTicks();
    long total = 0;
    for (long t : ticks) {
      total += t;
    }
    long oshi =
        (total - ticks[CentralProcessor.TickType.IDLE.getIndex()]
                - ticks[CentralProcessor.TickType.IOWAIT.getIndex()])
            * 1_000_000L;
    assertThat(ours).isPositive();
    assertThat(Math.abs(oshi - ours)).isLessThan(2_000_000_000L); // ticks advance between the reads
  }

  @Test
  void processResidentBytes_isPositiveAndCpuTimesAdvance() {
    UsageProbe probe = UsageProbe.system();
    assertThat(probe.processResidentBytes()).isGreaterThan(1_000_000L);
    assertThat(probe.machineUsedMemoryBytes()).isGreaterThan(probe.processResidentBytes() / 2);
    assertThat(probe.processCpuNanos()).isGreaterThanOrEqualTo(probe.currentThreadCpuNanos());
    assertThat(probe.hardwareThreads()).isGreaterThanOrEqualTo(1);
  }
}
