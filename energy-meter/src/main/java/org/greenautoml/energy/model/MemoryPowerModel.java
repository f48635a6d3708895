package org.greenautoml.energy.model;

/**
 * The memory power model: {@code memoryWatts(gb) = gb × 0.3725} W (Green Algorithms reference value
 * {@code memoryPower}, from Karyakin &amp; Salem 2017 and Tom's Hardware measurements; Lannelongue,
 * Grealey &amp; Inouye, <i>Green Algorithms</i>, Adv. Sci. 2021). The CPU's power is a {@link
 * LoadCurve}. Pure functions, no state.
 */
public final class MemoryPowerModel {

  /** Watts per gigabyte of memory (10^9 bytes), Green Algorithms {@code memoryPower}. */
  public static final double MEMORY_WATTS_PER_GB = 0.3725;

  private MemoryPowerModel() {}

  /** Memory power of {@code gigabytes} of resident memory: {@code gb × 0.3725} W. */
  public static double memoryWatts(double gigabytes) {
    if (!(gigabytes >= 0) || Double.isInfinite(gigabytes)) {
      throw new IllegalArgumentException("gigabytes must be finite and >= 0, found " + gigabytes);
    }
    return gigabytes * MEMORY_WATTS_PER_GB;
  }
}
