package org.greenautoml.energy.model;

import java.time.Duration;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;

/** One measurement of {@link PowerModelMeter}; see there for the formulas. Thread-safe. */
final class PowerModelMeasurement implements Measurement {

  private static final double BYTES_PER_GB = 1e9;

  private final CpuProfile cpu;
  private final UsageProbe probe;
  private final MeterScope scope;
  private final long ownerThreadId;
  private final long startNanos;
  private final long startCpuNanos;
  private final long startProcessCpuNanos;
  private final long startMemoryBytes;
  private volatile EnergyReading stopped;

  PowerModelMeasurement(CpuProfile cpu, UsageProbe probe, MeterScope scope) {
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
  public EnergyReading current() {
    EnergyReading done = stopped;
    return done != null ? done : read();
  }

  @Override
  public synchronized EnergyReading stop() {
    if (stopped == null) {
      stopped = read();
    }
    return stopped;
  }

  @Override
  public void close() {
    stop();
  }

  private EnergyReading read() {
    long wallNanos = Math.max(0, System.nanoTime() - startNanos);
    long cpuNanos = Math.max(0, scopeCpuNanos() - startCpuNanos);
    double share = memoryShare(cpuNanos);
    double gigabytes = (startMemoryBytes + memoryBytes()) / 2.0 / BYTES_PER_GB;
    double cpuJoules = cpu.wattsPerThread() * cpuNanos / 1e9;
    double dramJoules = CpuPowerModel.memoryWatts(gigabytes) * share * wallNanos / 1e9;
    return new EnergyReading(
        cpuJoules, dramJoules, 0, Duration.ofNanos(wallNanos), Duration.ofNanos(cpuNanos),
        EnergyMethod.POWER_MODEL, scope, cpu.relativeUncertainty());
  }

  private double memoryShare(long cpuNanos) {
    if (scope != MeterScope.THREAD) {
      return 1;
    }
    long processNanos = probe.processCpuNanos() - startProcessCpuNanos;
    return processNanos <= 0 ? 0 : Math.min(1.0, (double) cpuNanos / processNanos);
  }

  private long scopeCpuNanos() {
    switch (scope) {
      case THREAD:
        return Thread.currentThread().getId() == ownerThreadId
            ? probe.currentThreadCpuNanos()
            : probe.threadCpuNanos(ownerThreadId);
      case PROCESS:
        return probe.processCpuNanos();
      default:
        return probe.machineBusyCpuNanos();
    }
  }

  private long memoryBytes() {
    return scope == MeterScope.MACHINE ? probe.machineUsedMemoryBytes() : probe.processResidentBytes();
  }
}
