package org.greenautoml.search.execute;

import java.util.Optional;
import java.util.OptionalLong;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * A condition that ends a search, as Jenetics' {@code Limits} end an evolution stream: the run
 * loop combines the limits of a search ({@link Limits#firstOf}) and asks the combination, before it
 * starts a trial and after every event, whether the search must stop and why. The budget, the wall
 * time, the trial count and convergence are limits ({@link Limits}); an exhausted space is the one
 * stop the loop finds by itself (the scheduler has nothing left and no trial runs).
 *
 * <p>A limit may keep state (convergence counts trials without progress), so an instance serves
 * one run; the loop calls it from one thread.
 */
public interface SearchLimit {

  /** Why the search must stop now, or empty to go on. */
  Optional<StopReason> reached(RunState state);

  /**
   * Whether another trial may start. A limit that lets running trials finish before it stops the
   * search (the trial count) refuses starts here, and is {@link #reached} once none runs.
   */
  default boolean allowsStart(RunState state) {
    return true;
  }

  /**
   * How long, in nanoseconds, until this limit is reached with no event in between (a deadline),
   * so that the loop wakes up in time; empty when only events can reach it.
   */
  default OptionalLong nanosLeft(RunState state) {
    return OptionalLong.empty();
  }

  /** Sees each trial that ends, replayed ones included. */
  default void observe(TrialOutcome outcome) {}

  /**
   * What the loop knows when it asks a limit.
   *
   * @param elapsedNanos time since the run began
   * @param startedTrials trials started in this run, replayed ones included
   * @param runningTrials trials running now
   * @param budgetExhausted whether the ledger has nothing left
   */
  record RunState(
      long elapsedNanos, int startedTrials, int runningTrials, boolean budgetExhausted) {

    /** Checks the counts. */
    public RunState {
      if (elapsedNanos < 0 || startedTrials < 0 || runningTrials < 0) {
        throw new IllegalArgumentException(
            "elapsed time and trial counts must be >= 0, found " + elapsedNanos + " ns, "
                + startedTrials + " started, " + runningTrials + " running");
      }
    }
  }
}
