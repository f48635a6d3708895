package org.greenautoml.energy.model;

/**
 * The CPU and memory power model used where no energy counter can be read: pure functions, no state.
 *
 * <p><b>CPU.</b> {@code watts(tdp, threads, u) = tdp × u}, where {@code tdp} is the thermal design
 * power of all the machine's CPU packages (W) and {@code u} in [0, 1] is the utilisation: busy
 * hardware-thread-seconds divided by {@code threads × wall seconds}. This is the Green Algorithms
 * model (Lannelongue, Grealey &amp; Inouye, <i>Green Algorithms: Quantifying the Carbon Footprint of
 * Computation</i>, Adv. Sci. 2021: power = cores × TDP per core × usage) and CodeCarbon's TDP method
 * (power = TDP × CPU load), with the usage counted per hardware thread. It follows that one hardware
 * thread busy for one second costs {@link #wattsPerThread wattsPerThread} = {@code tdp / threads}
 * joules, so a block of work that used {@code s} CPU-seconds is charged {@code s × tdp / threads} J
 * ({@link #cpuJoules}) whatever else the machine does: trials that run side by side are not charged
 * for each other. Idle power is charged to no one. TDP is a design limit, not a measurement:
 * published comparisons put such estimates within about 40% of a wall meter ({@link
 * #KNOWN_TDP_UNCERTAINTY}); with a default TDP the error is larger ({@link #UNKNOWN_TDP_UNCERTAINTY}).
 *
 * <p><b>Memory.</b> {@code memoryWatts(gb) = gb × 0.3725} W (Green Algorithms reference value
 * {@code memoryPower}, from Karyakin &amp; Salem 2017 and Tom's Hardware measurements).
 */
public final class CpuPowerModel {

  /** Watts per gigabyte of memory (10^9 bytes), Green Algorithms {@code memoryPower}. */
  public static final double MEMORY_WATTS_PER_GB = 0.3725;

  /** Relative uncertainty of a model estimate when the CPU's TDP was found in the table. */
  public static final double KNOWN_TDP_UNCERTAINTY = 0.4;

  /** Relative uncertainty of a model estimate with the default TDP of an unknown CPU. */
  public static final double UNKNOWN_TDP_UNCERTAINTY = 0.7;

  private CpuPowerModel() {}

  /**
   * CPU power at a utilisation: {@code tdpWatts × utilisation}.
   *
   * @param tdpWatts TDP of all the machine's CPU packages, W, &gt; 0
   * @param hardwareThreads logical processors of the machine, &ge; 1
   * @param utilisation busy fraction of all hardware threads, in [0, 1]
   */
  public static double watts(double tdpWatts, int hardwareThreads, double utilisation) {
    requireTdp(tdpWatts);
    requireThreads(hardwareThreads);
    if (!(utilisation >= 0 && utilisation <= 1)) {
      throw new IllegalArgumentException("utilisation must be in [0, 1], found " + utilisation);
    }
    return tdpWatts * utilisation;
  }

  /** Power of one fully busy hardware thread: {@code watts(tdp, threads, 1 / threads) = tdp / threads}. */
  public static double wattsPerThread(double tdpWatts, int hardwareThreads) {
    requireThreads(hardwareThreads);
    return watts(tdpWatts, hardwareThreads, 1.0 / hardwareThreads);
  }

  /** Energy of {@code cpuSeconds} of CPU time: {@code cpuSeconds × tdp / threads}, J. */
  public static double cpuJoules(double tdpWatts, int hardwareThreads, double cpuSeconds) {
    if (!(cpuSeconds >= 0) || Double.isInfinite(cpuSeconds)) {
      throw new IllegalArgumentException("cpuSeconds must be finite and >= 0, found " + cpuSeconds);
    }
    return wattsPerThread(tdpWatts, hardwareThreads) * cpuSeconds;
  }

  /** Memory power of {@code gigabytes} of resident memory: {@code gb × 0.3725} W. */
  public static double memoryWatts(double gigabytes) {
    if (!(gigabytes >= 0) || Double.isInfinite(gigabytes)) {
      throw new IllegalArgumentException("gigabytes must be finite and >= 0, found " + gigabytes);
    }
    return gigabytes * MEMORY_WATTS_PER_GB;
  }

  private static void requireTdp(double tdpWatts) {
    if (!(tdpWatts > 0) || Double.isInfinite(tdpWatts)) {
      throw new IllegalArgumentException("tdpWatts must be finite and > 0, found " + tdpWatts);
    }
  }

  private static void requireThreads(int hardwareThreads) {
    if (hardwareThreads < 1) {
      throw new IllegalArgumentException("hardwareThreads must be >= 1, found " + hardwareThreads);
    }
  }
}
