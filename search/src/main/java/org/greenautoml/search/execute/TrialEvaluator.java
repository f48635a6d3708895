package org.greenautoml.search.execute;

import org.greenautoml.search.schedule.Trial;

/**
 * Evaluates one trial: trains at the trial's fidelity and measures its objectives and cost. Called
 * from worker threads, several at once; implementations poll {@link StopSignal#isStopRequested()}
 * and return early (with the cost spent so far) when it is set.
 */
@FunctionalInterface
public interface TrialEvaluator {

  /** The trial's result; anything thrown (an {@link Error} included) marks the trial FAILED. */
  TrialEvaluation evaluate(Trial trial, StopSignal stop) throws Exception;
}
