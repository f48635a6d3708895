package org.greenautoml.energy.rapl;

import java.time.Duration;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.OnceStoppedMeasurement;
import org.greenautoml.energy.UsageProbe;

/** One measurement of {@link RaplMeter}; see there for scope apportioning. Thread-safe. */
final class RaplMeasurement extends OnceStoppedMeasurement {

  private final RaplSampler sampler;
  private final UsageProbe probe;
  private final MeterScope scope;
  private final long ownerThreadId;
  private final RaplSampler.Totals startTotals;
  private final RaplSampler.MachineSnapshot startMachine;
  private final long startScopeCpuNanos;
  private final long startNanos;

  RaplMeasurement(RaplSampler sampler, UsageProbe probe, MeterScope scope) {
    this.sampler = sampler;
    this.probe = probe;
    this.scope = scope;
    this.ownerThreadId = Thread.currentThread().getId();
    this.startMachine = sampler.machine();
    this.startScopeCpuNanos = scope == MeterScope.MACHINE ? 0 : scopeCpuNanos();
    this.startTotals = sampler.sample();
    this.startNanos = sampler.nanoTime();
  }

  @Override
  protected EnergyReading read() {
    RaplSampler.Totals now = sampler.sample();
    long wallNanos = Math.max(0, sampler.nanoTime() - startNanos);
    double machineRate = sampler.machineBusyRate(startMachine);
    double machineNanos = Double.isNaN(machineRate) ? Double.NaN : machineRate * wallNanos;
    long cpuNanos =
        scope == MeterScope.MACHINE
            ? (Double.isNaN(machineNanos) ? 0 : Math.round(machineNanos))
            : Math.max(0, scopeCpuNanos() - startScopeCpuNanos);
    double share = share(cpuNanos, machineNanos);
    double cpuJoules = (now.cpuMicrojoules() - startTotals.cpuMicrojoules()) / 1e6 * share;
    double dramJoules = (now.dramMicrojoules() - startTotals.dramMicrojoules()) / 1e6 * share;
    double uncertainty =
        scope == MeterScope.MACHINE ? RaplMeter.MACHINE_UNCERTAINTY : RaplMeter.APPORTIONED_UNCERTAINTY;
    return new EnergyReading(
        cpuJoules, dramJoules, 0, Duration.ofNanos(wallNanos), Duration.ofNanos(cpuNanos),
        EnergyMethod.RAPL, scope, uncertainty);
  }

  /** The scope's share of the machine's busy CPU time; 1 (charge everything) when not yet known. */
  private double share(long scopeNanos, double machineNanos) {
    if (scope == MeterScope.MACHINE || Double.isNaN(machineNanos)) {
      return 1;
    }
    if (machineNanos <= 0) {
      return scopeNanos > 0 ? 1 : 0;
    }
    return Math.min(1.0, scopeNanos / machineNanos);
  }

  private long scopeCpuNanos() {
    return probe.scopeCpuNanos(scope, ownerThreadId);
  }
}
