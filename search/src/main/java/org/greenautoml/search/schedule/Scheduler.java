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

  /** A short name, for example {@code asha}. */
  String name();
}
