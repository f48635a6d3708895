package org.greenautoml.search.budget;

/**
 * A hold on part of a {@link CarbonLedger}'s budget for one running trial, made by {@link
 * CarbonLedger#reserve(double)} and closed once by {@link CarbonLedger#commit} or {@link
 * CarbonLedger#release}. Identity matters: each reservation is closed exactly once.
 */
public final class Reservation {

  private final long id;
  private final double reservedKgCO2e;
  private double progressKgCO2e;
  private boolean closed;

  Reservation(long id, double reservedKgCO2e) {
    this.id = id;
    this.reservedKgCO2e = reservedKgCO2e;
  }

  /** The amount held, the predicted upper cost of the trial. */
  public double reservedKgCO2e() {
    return reservedKgCO2e;
  }

  /** The cost charged so far through {@link CarbonLedger#progress}. */
  public synchronized double progressKgCO2e() {
    return progressKgCO2e;
  }

  synchronized void setProgress(double kg) {
    progressKgCO2e = kg;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  synchronized boolean close() {
    boolean wasOpen = !closed;
    closed = true;
    return wasOpen;
  }

  @Override
  public String toString() {
    return "reservation " + id + " of " + reservedKgCO2e + " kg CO2e";
  }
}
