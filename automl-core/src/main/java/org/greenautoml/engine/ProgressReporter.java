package org.greenautoml.engine;

import org.greenautoml.SearchProgress;
import java.util.function.Consumer;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.trial.TrialMetrics;

/**
 * Counts finished trials and hands {@link SearchProgress} snapshots to a listener. A listener that
 * throws is logged and ignored, so that a broken display never stops the search or its overhead
 * charging. Thread-safe.
 */
final class ProgressReporter {

  private static final System.Logger LOG = System.getLogger(ProgressReporter.class.getName());

  private final Consumer<SearchProgress> listener;
  private final CarbonLedger ledger;
  private final double budgetKgCO2e;
  private int finished;
  private int highestRung = -1;
  private double best = Double.NaN;

  ProgressReporter(Consumer<SearchProgress> listener, CarbonLedger ledger, double budgetKgCO2e) {
    this.listener = listener;
    this.ledger = ledger;
    this.budgetKgCO2e = budgetKgCO2e;
  }

  /** An evaluator that counts what {@code delegate} finishes, then reports. */
  TrialEvaluator tracking(TrialEvaluator delegate) {
    return (trial, stop) -> {
      double accuracy = Double.NaN;
      try {
        TrialEvaluation evaluation = delegate.evaluate(trial, stop);
        if (evaluation.metrics() instanceof TrialMetrics metrics) {
          accuracy = metrics.validationAccuracy();
        }
        return evaluation;
      } finally {
        finished(trial.rung(), accuracy);
        report();
      }
    };
  }

  private synchronized void finished(int rung, double accuracy) {
    finished++;
    highestRung = Math.max(highestRung, rung);
    if (!Double.isNaN(accuracy) && !(accuracy <= best)) {
      best = accuracy;
    }
  }

  /** Hands the current snapshot to the listener. */
  void report() {
    SearchProgress snapshot;
    synchronized (this) {
      snapshot =
          new SearchProgress(
              finished, highestRung, ledger.spentKgCO2e(),
              Math.max(0, budgetKgCO2e - ledger.spentKgCO2e()), best);
    }
    try {
      listener.accept(snapshot);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "the progress listener failed; ignored", e);
    }
  }
}
