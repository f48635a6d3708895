package org.greenautoml.trial.internal;

/**
 * Thrown inside a trial when the search asked it to stop (budget spent, time limit, search over);
 * the runner records the trial as stopped and charges what it spent until then.
 */
final class TrialStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TrialStoppedException() {
    super("stopped on request", null, false, false);
  }
}
