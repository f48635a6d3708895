package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;

/**
 * The CPU load curve ({@link CpuPowerCurve}) and the memory model as an {@link EnergyMeter}.
 *
 * <p><b>Dynamic CPU joules</b> follow CPU time: CPU-seconds of the scope × the curve's power above
 * idle per busy thread at the interval's utilisation and duty cycle, {@link
 * LoadCurve#dynamicWattsPerBusyThread(double, double, int)}.
 * The utilisation is the busy fraction of the machine's threads over the interval: for {@link
 * MeterScope#THREAD} the larger of the thread's and this process's CPU time (trials that run side
 * by side share the dynamic power of the load they make together, so their charges add up to the
 * curve's), for {@link MeterScope#PROCESS} the process's, for {@link MeterScope#MACHINE} the
 * machine's busy time (the reading is then {@code (P(u) - idle) × wall}). Reading the utilisation
 * costs nothing extra: the process CPU time is read anyway for the memory share. The duty cycle
 * (which tells a few threads flat out from every thread at a low duty, for the curves that depend
 * on it) is the metered thread's busy fraction of the interval for THREAD, else 1.
 *
 * <p><b>Idle power</b> is not in the readings: it is the <em>static share</em>, {@link #idleWatts()},
 * charged by whoever holds the machine for the time it holds it.
 *
 * <p><b>DRAM joules</b> = {@link MemoryPowerModel#memoryWatts} of the mean resident memory (at start
 * and at the reading) × wall seconds × share: the process's resident set for THREAD and PROCESS,
 * the machine's used memory for MACHINE; the share is 1 for PROCESS and MACHINE and, for THREAD,
 * the thread's fraction of the process CPU time in the interval.
 *
 * <p>Uncertainty: the curve's {@link UncertaintyBand} at the interval's utilisation. Thread-safe.
 */
public final class PowerModelMeter implements EnergyMeter {

  private final CpuPowerCurve cpu;
  private final UsageProbe probe;

  /** A meter for the machine {@code cpu} describes, apportioning by the figures of {@code probe}. */
  public PowerModelMeter(CpuPowerCurve cpu, UsageProbe probe) {
    this.cpu = requireNonNull(cpu, "cpu");
    this.probe = requireNonNull(probe, "probe");
  }

  /**
   * The meter for this machine: its calibrated curve when {@code greenautoml meter --calibrate}
   * stored one for this CPU ({@link CalibrationStore}), else the bundled table's match.
   */
  public static PowerModelMeter forThisMachine() {
    CpuIdentity identity = CpuIdentity.detect();
    CpuPowerCurve curve =
        CalibrationStore.atDefaultPlace()
            .load(identity, PowerCurveTable.bundled().measuredBand())
            .orElseGet(() -> PowerCurveTable.bundled().match(identity));
    return new PowerModelMeter(curve, UsageProbe.system());
  }

  @Override
  public Measurement start(MeterScope scope) {
    return new PowerModelMeasurement(cpu, probe, requireNonNull(scope, "scope"));
  }

  @Override
  public EnergyMethod method() {
    return EnergyMethod.POWER_MODEL;
  }

  @Override
  public OptionalDouble idleWatts() {
    return OptionalDouble.of(cpu.curve().idleWatts());
  }

  @Override
  public String description() {
    return String.format(
        Locale.ROOT, "power model: %s; RAM %.4f W/GB", cpu.describe(),
        MemoryPowerModel.MEMORY_WATTS_PER_GB);
  }

  /** The curve this meter charges by. */
  public CpuPowerCurve cpu() {
    return cpu;
  }
}
