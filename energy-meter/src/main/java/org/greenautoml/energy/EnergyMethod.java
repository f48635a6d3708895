package org.greenautoml.energy;

/**
 * Which method produced an {@link EnergyReading}.
 *
 * <p>Declared from most to least direct: {@link #RAPL} reads hardware energy counters of the CPU
 * package and DRAM; {@link #POWER_MODEL} estimates watts from a CPU load curve fitted on published
 * RAPL measurements and the CPU time spent, and memory watts from resident memory (Green
 * Algorithms).
 */
public enum EnergyMethod {
  /** Intel/AMD Running Average Power Limit counters read through Linux powercap. */
  RAPL,
  /** A CPU load curve and resident-memory power model; see {@code org.greenautoml.energy.model}. */
  POWER_MODEL;

  /** The less direct of two methods: what a sum of readings from both can claim to be. */
  EnergyMethod weakest(EnergyMethod other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
