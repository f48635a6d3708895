package org.greenautoml.search.execute;

/**
 * Thrown by a {@link TrialEvaluator} whose trial failed for a reason it can state in one line (a
 * worker process that ran out of memory, crashed or was killed): the runner records the trial
 * FAILED with exactly this message as its reason, without the exception's class name.
 */
public final class TrialFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with its one-line reason. */
  public TrialFailedException(String reason) {
    super(reason);
  }
}
