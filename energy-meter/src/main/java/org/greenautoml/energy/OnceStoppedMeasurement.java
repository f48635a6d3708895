package org.greenautoml.energy;

/**
 * The part every {@link Measurement} shares: {@link #current()} reads until the first {@link
 * #stop()}, which keeps its reading for good. Subclasses say how to {@link #read()}. Thread-safe
 * when {@code read()} is.
 */
public abstract class OnceStoppedMeasurement implements Measurement {

  private volatile EnergyReading stopped;

  /** The reading from the start until now. */
  protected abstract EnergyReading read();

  @Override
  public final EnergyReading current() {
    EnergyReading done = stopped;
    return done != null ? done : read();
  }

  @Override
  public final synchronized EnergyReading stop() {
    if (stopped == null) {
      stopped = read();
    }
    return stopped;
  }

  @Override
  public final void close() {
    stop();
  }
}
