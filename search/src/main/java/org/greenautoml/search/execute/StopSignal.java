package org.greenautoml.search.execute;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;

/**
 * The line between a running trial and the runner: the evaluator polls {@link
 * #isStopRequested()} and may report its cost so far with {@link #reportCostSoFar(double)}, which
 * the runner charges to the ledger at once (so that a trial overrunning its prediction is stopped
 * when the ledger is exhausted). Thread-safe.
 */
public final class StopSignal {

  private final AtomicReference<String> reason = new AtomicReference<>();
  private final DoubleConsumer costSink;
  private final double reservedKgCO2e;

  StopSignal(DoubleConsumer costSink) {
    this(costSink, 0);
  }

  StopSignal(DoubleConsumer costSink, double reservedKgCO2e) {
    this.costSink = costSink;
    this.reservedKgCO2e = reservedKgCO2e;
  }

  /**
   * A signal that relays a trial running elsewhere (another machine's trial runner): its costs go
   * to {@code costSink}, and its owner stops it with {@link #requestStop(String)}.
   */
  public static StopSignal relay(DoubleConsumer costSink) {
    return new StopSignal(java.util.Objects.requireNonNull(costSink, "costSink"));
  }

  /**
   * What the ledger reserved for this trial before it started, in kg CO2e (0 for a signal attached
   * to no runner): a trial that loses its machine is charged at least this much.
   */
  public double reservedKgCO2e() {
    return reservedKgCO2e;
  }

  /** A signal attached to no runner, for evaluating a trial by hand. */
  public static StopSignal detached() {
    return new StopSignal(kg -> {});
  }

  /** Whether the trial should stop now. */
  public boolean isStopRequested() {
    return reason.get() != null;
  }

  /** Reports the trial's cumulative cost so far in kg CO2e (never decreasing). */
  public void reportCostSoFar(double kgCO2e) {
    costSink.accept(kgCO2e);
  }

  /** Asks the trial to stop; the first reason wins. */
  public void requestStop(String why) {
    reason.compareAndSet(null, why);
  }

  /** Why a stop was requested; empty while none was (a relay passes it on to the trial's machine). */
  public java.util.Optional<String> reason() {
    return java.util.Optional.ofNullable(reason.get());
  }
}
