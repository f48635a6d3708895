package org.greenautoml.energy;

/**
 * What work a measurement is charged for. Declared from narrowest to widest.
 *
 * <ul>
 *   <li>{@link #THREAD}: the CPU time of the thread that called {@link EnergyMeter#start} (from
 *       {@link java.lang.management.ThreadMXBean}); native code is counted only if it runs in that
 *       thread. Trials that run side by side are each charged their own work.
 *   <li>{@link #PROCESS}: the CPU time of the whole JVM process, e.g. for a whole search.
 *   <li>{@link #MACHINE}: everything the machine did in the interval, whoever did it.
 * </ul>
 */
public enum MeterScope {
  THREAD,
  PROCESS,
  MACHINE;

  /** The wider of two scopes: what a sum of readings with both scopes covers. */
  MeterScope widest(MeterScope other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
