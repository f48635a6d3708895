package org.greenautoml.search.execute;

/** Why a search ended. */
public enum StopReason {
  /** The convergence rule held. */
  CONVERGED,
  /** The carbon ledger was exhausted, or the next trial's upper cost did not fit what was left. */
  BUDGET,
  /** The search's wall-time limit passed. */
  TIME_LIMIT,
  /** The trial-count limit was reached. */
  TRIAL_LIMIT,
  /** The scheduler had nothing more to run. */
  SPACE_EXHAUSTED,
  /**
   * The start gate closed for good: the intensity series ended with no clean enough interval
   * left, or the finish-by deadline passed.
   */
  GATE_CLOSED
}
