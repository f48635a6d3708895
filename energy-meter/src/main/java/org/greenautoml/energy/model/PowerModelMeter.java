package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;

/**
 * The {@link CpuPowerModel} as an {@link EnergyMeter}.
 *
 * <p>CPU joules = CPU-seconds of the scope × {@link CpuProfile#wattsPerThread()} (TDP / hardware
 * threads): the calling thread's CPU time for {@link MeterScope#THREAD} (ThreadMXBean; native code
 * counts only if it runs in that thread), the process CPU time for {@link MeterScope#PROCESS}, the
 * machine's busy CPU time for {@link MeterScope#MACHINE}.
 *
 * <p>DRAM joules = {@link CpuPowerModel#memoryWatts} of the mean resident memory (at start and at
 * the reading) × wall seconds × share, where the memory is the process's resident set for THREAD and
 * PROCESS and the machine's used memory for MACHINE; the share is 1 for PROCESS and MACHINE and, for
 * THREAD, the thread's fraction of the process CPU time in the interval (clamped to [0, 1]): memory
 * power is split among threads by the work they did, so side-by-side trials do not each pay for the
 * whole heap, and a sleeping thread pays none.
 *
 * <p>Uncertainty: {@link CpuProfile#relativeUncertainty()} (0.4 with a table TDP, 0.7 with the
 * default). Thread-safe.
 */
public final class PowerModelMeter implements EnergyMeter {

  private final CpuProfile cpu;
  private final UsageProbe probe;

  /** A meter for {@code cpu}, apportioning by the figures of {@code probe}. */
  public PowerModelMeter(CpuProfile cpu, UsageProbe probe) {
    this.cpu = requireNonNull(cpu, "cpu");
    this.probe = requireNonNull(probe, "probe");
  }

  /** The meter for this machine's processor and this JVM. */
  public static PowerModelMeter forThisMachine() {
    return new PowerModelMeter(CpuProfile.detect(), UsageProbe.system());
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
  public String description() {
    return String.format(
        "power model: %s, %d threads, %.1f W TDP (%s), %.2f W per busy thread, RAM %.4f W/GB, ±%.0f%%",
        cpu.modelName(), cpu.hardwareThreads(), cpu.tdpWatts(), cpu.tdpSource(),
        cpu.wattsPerThread(), CpuPowerModel.MEMORY_WATTS_PER_GB, 100 * cpu.relativeUncertainty());
  }

  /** The processor this meter models. */
  public CpuProfile cpu() {
    return cpu;
  }
}
