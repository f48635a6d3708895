package org.greenautoml.search.timing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;

/**
 * What the run loop asks before it starts a trial: may one start now, and if not, when to ask
 * again. Running trials are never stopped by a gate; while it is closed the search waits (and
 * journals that it paused), and it stops at its wall-time limit, or at once when the gate is
 * closed for good. Gates must be thread-safe and cheap: the loop asks before every start.
 */
@FunctionalInterface
public interface StartGate {

  /** Always open: the default, start trials as soon as a worker is free. */
  StartGate ALWAYS_OPEN = context -> GateDecision.open(Optional.empty());

  /** The decision at {@code context.now()}. */
  GateDecision check(GateContext context);

  /**
   * A gate open only when both are: closed for good when either is, else closed until the later
   * of their reopening times (the loop asks again then).
   */
  default StartGate and(StartGate other) {
    requireNonNull(other, "other");
    StartGate self = this;
    return context -> {
      GateDecision a = self.check(context);
      GateDecision b = other.check(context);
      if (a.open() && b.open()) {
        return a.gramsPerKWh().isPresent() ? a : b;
      }
      if (a.open() || b.open()) {
        return a.open() ? b : a;
      }
      if (a.closedForGood() || b.closedForGood()) {
        return a.closedForGood() ? a : b;
      }
      return a.reopensAt().get().isAfter(b.reopensAt().get()) ? a : b;
    };
  }

  /**
   * Open while the series' intensity is at most {@code gramsPerKWh}; closed until the next such
   * interval otherwise, and for good once the series has ended or has no cleaner interval left.
   *
   * @throws IllegalArgumentException if the threshold is negative or not finite
   */
  static StartGate pauseAbove(CarbonIntensitySeries series, double gramsPerKWh) {
    return new PauseAboveGate(requireNonNull(series, "series"), gramsPerKWh);
  }

  /**
   * Starts trials only in the cleanest intervals of the series before {@code deadline}, chosen to
   * add up to the search's estimated remaining active time ({@code initialEstimate} until it has
   * spent something, then its active time so far scaled by the unspent share of the budget);
   * closed for good from the deadline on.
   *
   * @throws IllegalArgumentException if the estimate is not positive
   */
  static StartGate finishBy(
      CarbonIntensitySeries series, Instant deadline, Duration initialEstimate) {
    return new FinishByGate(requireNonNull(series, "series"), requireNonNull(deadline, "deadline"),
        requireNonNull(initialEstimate, "initialEstimate"));
  }
}
