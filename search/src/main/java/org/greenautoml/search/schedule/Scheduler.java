package org.greenautoml.search.schedule;

/**
 * Hands out trials to workers and learns from their outcomes.
 *
 * <p>Workers call {@link #next()} when free and {@link #report(TrialOutcome)} when a trial ends,
 * from any thread and in any interleaving; implementations are thread-safe. With one worker (calls
 * strictly alternating) a scheduler is deterministic for its seed: the same trials in the same
 * order with the same ids.
 */
public interface Scheduler {

  /** The next decision for a free worker. */
  Decision next();

  /**
   * The outcome of a trial this scheduler handed out.
   *
   * @throws IllegalArgumentException if the trial was not handed out, or was already reported
   */
  void report(TrialOutcome outcome);

  /**
   * Takes back a trial this scheduler handed out that the search could not afford (its predicted
   * cost did not fit the budget left): the trial is forgotten without an outcome, and {@link
   * #next()} goes on with other work (a promotion is dropped, a new configuration is not counted).
   * A search therefore never stops only because one trial does not fit.
   *
   * @throws IllegalArgumentException if the trial is not running in this scheduler
   */
  void decline(Trial trial);

  /** A short name, for example {@code asha}. */
  String name();
}
