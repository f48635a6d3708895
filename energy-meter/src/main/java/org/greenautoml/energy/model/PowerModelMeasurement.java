package org.greenautoml.energy.model;

import java.time.Duration;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.OnceStoppedMeasurement;
import org.greenautoml.energy.UsageProbe;

/** One measurement of {@link PowerModelMeter}; see there for the formulas. Thread-safe. */
final class PowerModelMeasurement extends OnceStoppedMeasurement {

  private static final double BYTES_PER_GB = 1e9;

  private final CpuPowerCurve cpu;
  private final UsageProbe probe;
  private final MeterScope scope;
  private final long ownerThreadId;
  private final long startNanos;
  private final long startCpuNanos;
  private final long startProcessCpuNanos;
  private final long startMemoryBytes;

  PowerModelMeasurement(CpuPowerCurve cpu, UsageProbe probe, MeterScope scope) {
    this.cpu = cpu;
    this.probe = probe;
    this.scope = scope;
    this.ownerThreadId = Thread.currentThread().getId();
    this.startMemoryBytes = memoryBytes();
    this.startProcessCpuNanos = scope == MeterScope.THREAD ? probe.processCpuNanos() : 0;
    this.startCpuNanos = scopeCpuNanos();
    this.startNanos = System.nanoTime();
  }

  @Override
  protected EnergyReading read() {
    long wallNanos = Math.max(0, System.nanoTime() - startNanos);
    long cpuNanos = Math.max(0, scopeCpuNanos() - startCpuNanos);
    long processNanos =
        scope == MeterScope.THREAD ? Math.max(0, probe.processCpuNanos() - startProcessCpuNanos) : 0;
    double utilisation = utilisation(Math.max(cpuNanos, processNanos), wallNanos);
    double share = memoryShare(cpuNanos, processNanos);
    double gigabytes = (startMemoryBytes + memoryBytes()) / 2.0 / BYTES_PER_GB;
    double cpuJoules =
        cpu.curve().dynamicWattsPerBusyThread(utilisation, duty(cpuNanos, wallNanos), cpu.threads())
            * cpuNanos / 1e9;
    double dramJoules = MemoryPowerModel.memoryWatts(gigabytes) * share * wallNanos / 1e9;
    return new EnergyReading(
        cpuJoules, dramJoules, 0, Duration.ofNanos(wallNanos), Duration.ofNanos(cpuNanos),
        EnergyMethod.POWER_MODEL, scope, cpu.band().relativeAt(utilisation));
  }

  /** Busy fraction of the machine's threads over the interval, from {@code busyNanos} of CPU time. */
  private double utilisation(long busyNanos, long wallNanos) {
    return wallNanos <= 0 ? 1 : Math.min(1, (double) busyNanos / ((double) wallNanos * cpu.threads()));
  }

  /**
   * The duty cycle of the threads that make the load: for a thread, its own busy fraction of the
   * interval (the other busy threads of the process are taken to run alike); for a process or the
   * machine, whose threads are not told apart, 1 (threads flat out, the higher of the two patterns).
   */
  private double duty(long cpuNanos, long wallNanos) {
    if (scope != MeterScope.THREAD || wallNanos <= 0) {
      return 1;
    }
    return Math.min(1, (double) cpuNanos / wallNanos);
  }

  private double memoryShare(long cpuNanos, long processNanos) {
    if (scope != MeterScope.THREAD) {
      return 1;
    }
    return processNanos <= 0 ? 0 : Math.min(1.0, (double) cpuNanos / processNanos);
  }

  private long scopeCpuNanos() {
    return probe.scopeCpuNanos(scope, ownerThreadId);
  }

  private long memoryBytes() {
    return scope == MeterScope.MACHINE ? probe.machineUsedMemoryBytes() : probe.processResidentBytes();
  }
}
