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

  StopSignal(DoubleConsumer costSink) {
    this.costSink = costSink;
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
  void requestStop(String why) {
    reason.compareAndSet(null, why);
  }

  /** Why a stop was requested, or null. */
  String reason() {
    return reason.get();
  }
}
