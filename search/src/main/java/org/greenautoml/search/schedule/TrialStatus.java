package org.greenautoml.search.schedule;

/** How a trial ended. Only {@link #SUCCEEDED} trials can be promoted. */
public enum TrialStatus {
  /** The evaluator returned objectives. */
  SUCCEEDED,
  /** The evaluator threw, ran out of memory or overran its time without stopping. */
  FAILED,
  /** The trial was asked to stop (budget exhausted or time limit) and did. */
  STOPPED
}
