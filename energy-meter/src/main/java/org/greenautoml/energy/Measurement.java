package org.greenautoml.energy;

/**
 * One running measurement, from {@link EnergyMeter#start} to {@link #stop}. Thread-safe: a watchdog
 * thread may call {@link #current()} to enforce a budget while the measured thread works.
 */
public interface Measurement extends AutoCloseable {

  /** The reading so far, without stopping; after {@link #stop()} the stopped reading. */
  EnergyReading current();

  /** Stops the measurement and returns its reading; idempotent: later calls return the same one. */
  EnergyReading stop();

  /** Same as {@link #stop()}, for try-with-resources. */
  @Override
  void close();
}
