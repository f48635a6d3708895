package org.greenautoml.search.budget;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The search's carbon budget in kg CO2e: what has been spent (finished trials, the running
 * trials' cost so far, and the search's own overhead) and what running trials hold in reserve.
 *
 * <p>A trial starts only if {@link #reserve(double)} of its predicted upper cost succeeds, that is
 * if spent plus the open reservations' unspent holds plus the new amount fit in the budget. While
 * it runs, {@link #progress} charges its cost so far; at the end {@link #commit} charges its actual
 * cost (which may exceed the reservation when the prediction was wrong) or {@link #release} frees
 * it. The ledger is {@link #exhausted()} once spent reaches the budget; callers then stop running
 * trials. Spending is never refused (energy already used cannot be un-spent), so overshoot is
 * bounded by what running trials spend before they honour a stop. Thread-safe.
 */
public final class CarbonLedger {

  private final double budgetKgCO2e;
  private double committedKgCO2e;
  private double runningKgCO2e;
  private double heldKgCO2e;
  private long nextId;

  /**
   * A ledger with the given budget.
   *
   * @throws IllegalArgumentException if the budget is zero, negative, NaN or infinite
   */
  public CarbonLedger(double budgetKgCO2e) {
    this.budgetKgCO2e = requirePositiveFinite("carbon budget (kg CO2e)", budgetKgCO2e);
  }

  /** The budget in kg CO2e. */
  public double budgetKgCO2e() {
    return budgetKgCO2e;
  }

  /**
   * Holds {@code upperKgCO2e} for a trial if it fits in what is left, else empty.
   *
   * @throws IllegalArgumentException if the amount is negative, NaN or infinite
   */
  public synchronized Optional<Reservation> reserve(double upperKgCO2e) {
    requireNonNegativeFinite("reservation (kg CO2e)", upperKgCO2e);
    if (spentLocked() + heldKgCO2e + upperKgCO2e > budgetKgCO2e) {
      return Optional.empty();
    }
    heldKgCO2e += upperKgCO2e;
    return Optional.of(new Reservation(nextId++, upperKgCO2e));
  }

  /**
   * Charges the cost a running trial has spent so far ({@code kgSoFar} is cumulative and never
   * decreases).
   */
  public synchronized void progress(Reservation reservation, double kgSoFar) {
    requireOpen(reservation);
    requireNonNegativeFinite("progress (kg CO2e)", kgSoFar);
    double before = reservation.progressKgCO2e();
    if (kgSoFar < before) {
      throw new IllegalArgumentException(
          "progress must not decrease, found " + kgSoFar + " after " + before);
    }
    runningKgCO2e += kgSoFar - before;
    heldKgCO2e -= unspentHold(reservation.reservedKgCO2e(), before);
    heldKgCO2e += unspentHold(reservation.reservedKgCO2e(), kgSoFar);
    reservation.setProgress(kgSoFar);
  }

  /** Closes the reservation and charges the trial's actual total cost. */
  public synchronized void commit(Reservation reservation, double actualKgCO2e) {
    requireNonNegativeFinite("actual cost (kg CO2e)", actualKgCO2e);
    close(reservation);
    committedKgCO2e += actualKgCO2e;
  }

  /** Closes the reservation, keeping only what {@link #progress} already charged. */
  public synchronized void release(Reservation reservation) {
    double progress = reservation.progressKgCO2e();
    close(reservation);
    committedKgCO2e += progress;
  }

  /** Charges the search's own overhead (or energy replayed from a journal). */
  public synchronized void chargeOverhead(double kgCO2e) {
    committedKgCO2e += requireNonNegativeFinite("overhead (kg CO2e)", kgCO2e);
  }

  /** Everything spent: committed trials, running trials so far, overhead. */
  public synchronized double spentKgCO2e() {
    return spentLocked();
  }

  /** Budget minus spent minus the unspent holds of open reservations; never negative. */
  public synchronized double remainingKgCO2e() {
    return Math.max(0.0, budgetKgCO2e - spentLocked() - heldKgCO2e);
  }

  /** Whether spending has reached the budget. */
  public synchronized boolean exhausted() {
    return spentLocked() >= budgetKgCO2e;
  }

  private double spentLocked() {
    return committedKgCO2e + runningKgCO2e;
  }

  private void close(Reservation reservation) {
    requireOpen(reservation);
    reservation.close();
    double progress = reservation.progressKgCO2e();
    runningKgCO2e -= progress;
    heldKgCO2e -= unspentHold(reservation.reservedKgCO2e(), progress);
    if (heldKgCO2e < 1e-15) {
      heldKgCO2e = Math.max(0.0, heldKgCO2e);
    }
  }

  private static void requireOpen(Reservation reservation) {
    requireNonNull(reservation, "reservation");
    if (reservation.isClosed()) {
      throw new IllegalStateException(reservation + " is already closed");
    }
  }

  private static double unspentHold(double reserved, double progress) {
    return Math.max(0.0, reserved - progress);
  }

  static double requirePositiveFinite(String what, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be positive and finite, found " + value);
    }
    return value;
  }

  static double requireNonNegativeFinite(String what, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be non-negative and finite, found " + value);
    }
    return value;
  }
}
