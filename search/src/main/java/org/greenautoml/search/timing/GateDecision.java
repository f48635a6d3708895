package org.greenautoml.search.timing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A {@link StartGate}'s answer: a trial may start now, or not before some time (or never again).
 *
 * @param open whether a trial may start now
 * @param reopensAt when to ask again, if the gate is closed and will open; empty when open or
 *     closed for good
 * @param reason why it is closed (empty string when open), for the journal and the log
 * @param gramsPerKWh the intensity the gate saw now, if it looked at one
 */
public record GateDecision(
    boolean open, Optional<Instant> reopensAt, String reason, Optional<Double> gramsPerKWh) {

  /** Validates. */
  public GateDecision {
    requireNonNull(reopensAt, "reopensAt");
    requireNonNull(reason, "reason");
    requireNonNull(gramsPerKWh, "gramsPerKWh");
    if (open && reopensAt.isPresent()) {
      throw new IllegalArgumentException("an open gate must not have a reopening time, found "
          + reopensAt.get());
    }
  }

  /** Open: a trial may start. */
  public static GateDecision open(Optional<Double> gramsPerKWh) {
    return new GateDecision(true, Optional.empty(), "", gramsPerKWh);
  }

  /** Closed until {@code reopensAt}. */
  public static GateDecision closedUntil(Instant reopensAt, String reason, double gramsPerKWh) {
    return new GateDecision(false, Optional.of(reopensAt), reason, Optional.of(gramsPerKWh));
  }

  /** Closed for good: no trial will start again (the series ended, the deadline passed). */
  public static GateDecision closedForGood(String reason) {
    return new GateDecision(false, Optional.empty(), reason, Optional.empty());
  }

  /** Whether the gate will never open again. */
  public boolean closedForGood() {
    return !open && reopensAt.isEmpty();
  }
}
