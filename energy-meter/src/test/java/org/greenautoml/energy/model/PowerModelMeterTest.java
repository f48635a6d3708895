package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;
import org.junit.jupiter.api.Test;

final class PowerModelMeterTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** A linear curve (k = 1): every CPU-second costs the same, 40 W / 8 threads = 5 W. */
  private static final CpuPowerCurve LINEAR =
      new CpuPowerCurve(new LoadCurve(10, 50, 1), 8, CurveMatch.MEASURED_MODEL, "test", "test",
          new UncertaintyBand(0.6, 0.4, 0.2, "test"));

  private static final PowerModelMeter METER = new PowerModelMeter(LINEAR, UsageProbe.system());

  /** Spins until the calling thread has used {@code millis} of CPU time; returns a checksum. */
  private static long burn(long millis) {
    long end = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000L;
    long x = 1;
    while (THREADS.getCurrentThreadCpuTime() < end) {
      for (int i = 0; i < 10_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
    }
    return x;
  }

  private record Metered(EnergyReading reading, double cpuSeconds) {}

  private static Metered meterBusyLoop(long millis) {
    long before = THREADS.getCurrentThreadCpuTime();
    EnergyReading reading;
    try (Measurement m = METER.start(MeterScope.THREAD)) {
      burn(millis);
      reading = m.stop();
    }
    double seconds = (THREADS.getCurrentThreadCpuTime() - before) / 1e9;
    return new Metered(reading, seconds);
  }

  private static double modelJoules(double cpuSeconds) {
    return 5.0 * cpuSeconds;
  }

  @Test
  void threadScope_busyLoopOfKnownCpuTime_chargesDynamicWattsPerThreadWithin5Percent() {
    Metered metered = meterBusyLoop(300);
    assertThat(metered.cpuSeconds()).isGreaterThanOrEqualTo(0.3);
    assertThat(metered.reading().cpuJoules())
        .isCloseTo(modelJoules(metered.cpuSeconds()), within(0.05 * modelJoules(metered.cpuSeconds())));
    assertThat(metered.reading().cpuTime().toNanos() / 1e9)
        .isCloseTo(metered.cpuSeconds(), within(0.05 * metered.cpuSeconds()));
    assertThat(metered.reading().method()).isEqualTo(EnergyMethod.POWER_MODEL);
    assertThat(metered.reading().scope()).isEqualTo(MeterScope.THREAD);
    assertThat(metered.reading().relativeUncertainty()).isIn(0.6, 0.4, 0.2);
  }

  @Test
  void threadScope_twoRealThreadsSideBySide_eachChargedItsOwnCpuTime() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<Metered> heavy = CompletableFuture.supplyAsync(() -> afterBarrier(together, 400));
    CompletableFuture<Metered> light = CompletableFuture.supplyAsync(() -> afterBarrier(together, 100));
    Metered h = heavy.get();
    Metered l = light.get();
    assertThat(h.reading().cpuJoules()).isCloseTo(modelJoules(h.cpuSeconds()), within(0.05 * modelJoules(h.cpuSeconds())));
    assertThat(l.reading().cpuJoules()).isCloseTo(modelJoules(l.cpuSeconds()), within(0.05 * modelJoules(l.cpuSeconds())));
    assertThat(l.cpuSeconds()).isLessThan(0.2);
    assertThat(h.reading().cpuJoules() / l.reading().cpuJoules()).isCloseTo(4.0, within(0.5));
  }

  private static Metered afterBarrier(CyclicBarrier barrier, long millis) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return meterBusyLoop(millis);
  }

  @Test
  void threadScope_currentFromAnotherThread_chargesTheStartingThread() throws Exception {
    Measurement m = METER.start(MeterScope.THREAD);
    burn(100);
    EnergyReading fromOther = CompletableFuture.supplyAsync(m::current).get();
    EnergyReading own = m.stop();
    assertThat(fromOther.cpuTime().toMillis()).isBetween(95L, own.cpuTime().toMillis());
  }

  @Test
  void stop_calledTwice_returnsTheSameReading() {
    Measurement m = METER.start(MeterScope.PROCESS);
    burn(20);
    EnergyReading first = m.stop();
    burn(20);
    assertThat(m.stop()).isSameAs(first);
    assertThat(m.current()).isSameAs(first);
  }

  @Test
  void processScope_includesWorkOfOtherThreads() throws Exception {
    EnergyReading reading;
    try (Measurement m = METER.start(MeterScope.PROCESS)) {
      CompletableFuture.runAsync(() -> burn(200)).get();
      reading = m.stop();
    }
    assertThat(reading.cpuTime().toMillis()).isGreaterThanOrEqualTo(190);
    assertThat(reading.dramJoules()).isGreaterThan(0);
  }

  @Test
  void threadScope_dram_isApportionedByTheThreadsShareOfProcessCpu() {
    FakeProbe probe = new FakeProbe();
    PowerModelMeter meter = new PowerModelMeter(LINEAR, probe);
    Measurement m = meter.start(MeterScope.THREAD);
    probe.thread += 1_000_000_000L;
    probe.process += 4_000_000_000L;
    EnergyReading r = m.stop();
    double expectedWatts = MemoryPowerModel.memoryWatts(2.0) * 0.25;
    assertThat(r.dramJoules() / (r.wallTime().toNanos() / 1e9)).isCloseTo(expectedWatts, within(1e-9));
    assertThat(r.cpuJoules()).isCloseTo(5.0, within(1e-9));
  }

  @Test
  void threadScope_concaveCurveTwoTrialsSideBySide_chargesAddUpToTheCurvesDynamicPower() {
    CpuPowerCurve concave =
        new CpuPowerCurve(new LoadCurve(10, 50, 0.5), 2, CurveMatch.MEASURED_MODEL, "t", "t",
            new UncertaintyBand(0.6, 0.4, 0.2, "t"));
    FakeProbe probe = new FakeProbe();
    PowerModelMeter meter = new PowerModelMeter(concave, probe);
    Measurement m = meter.start(MeterScope.THREAD);
    long wall = System.nanoTime();
    burnWall(50);
    long elapsed = System.nanoTime() - wall;
    probe.thread += elapsed;
    probe.process += 2 * elapsed;
    EnergyReading half = m.stop();
    double seconds = half.wallTime().toNanos() / 1e9;
    double u = Math.min(1, 2 * elapsed / (seconds * 1e9 * 2));
    double machineDynamic = concave.curve().dynamicWatts(u) * seconds;
    assertThat(2 * half.cpuJoules()).isCloseTo(machineDynamic, within(0.03 * machineDynamic));
    assertThat(half.relativeUncertainty()).isEqualTo(0.2);
    assertThat(meter.idleWatts()).hasValue(10.0);
  }

  @Test
  void threadScope_curveThatDependsOnDuty_chargesALowDutyThreadLessPerCpuSecond() {
    // j = 2, k = 0.5: at the same share of running threads, a thread at duty d costs d^(j-1) = d
    // as much per CPU-second as one flat out (the E3-1240 v2's low clock at low duty)
    CpuPowerCurve dutyBound =
        new CpuPowerCurve(new LoadCurve(10, 50, 0.5, 2), 8, CurveMatch.MEASURED_MODEL, "t", "t",
            new UncertaintyBand(0.6, 0.4, 0.2, "t"));
    double flatOut = joulesPerCpuSecond(dutyBound, 1);
    double quarter = joulesPerCpuSecond(dutyBound, 4);
    assertThat(quarter / flatOut).isCloseTo(0.25, within(0.03));
    assertThat(joulesPerCpuSecond(LINEAR, 4) / joulesPerCpuSecond(LINEAR, 1))
        .isCloseTo(1, within(1e-9));
  }

  /** Meters one thread whose CPU time is 1 / {@code divisor} of the wall time; J per CPU-second. */
  private static double joulesPerCpuSecond(CpuPowerCurve curve, int divisor) {
    FakeProbe probe = new FakeProbe();
    Measurement m = new PowerModelMeter(curve, probe).start(MeterScope.THREAD);
    long wall = System.nanoTime();
    burnWall(50);
    long busy = (System.nanoTime() - wall) / divisor;
    probe.thread += busy;
    probe.process += busy;
    EnergyReading r = m.stop();
    return r.cpuJoules() / (busy / 1e9);
  }

  private static void burnWall(long millis) {
    long end = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  /** A probe whose figures the test sets. */
  static final class FakeProbe implements UsageProbe {
    volatile long thread;
    volatile long process;

    @Override
    public long currentThreadCpuNanos() {
      return thread;
    }

    @Override
    public long threadCpuNanos(long threadId) {
      return thread;
    }

    @Override
    public long processCpuNanos() {
      return process;
    }

    @Override
    public long machineBusyCpuNanos() {
      return process;
    }

    @Override
    public long processResidentBytes() {
      return 2_000_000_000L;
    }

    @Override
    public long machineUsedMemoryBytes() {
      return 8_000_000_000L;
    }

    @Override
    public int hardwareThreads() {
      return 8;
    }
  }
}
