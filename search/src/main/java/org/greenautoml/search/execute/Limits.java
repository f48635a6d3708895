package org.greenautoml.search.execute;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.OptionalLong;
import org.greenautoml.search.budget.SearchLimits;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * The stop conditions of a search as {@link SearchLimit}s, and their combination (after Jenetics'
 * {@code Limits}: {@code bySteadyFitness}, {@code byExecutionTime}, {@code byFixedGeneration}).
 */
public final class Limits {

  private Limits() {}

  /** Reached when the ledger has nothing left: {@link StopReason#BUDGET}. */
  public static SearchLimit byBudget() {
    return state -> state.budgetExhausted() ? Optional.of(StopReason.BUDGET) : Optional.empty();
  }

  /** Reached {@code limit} after the run began: {@link StopReason#TIME_LIMIT}. */
  public static SearchLimit byWallTime(Duration limit) {
    long nanos = requireNonNull(limit, "limit").toNanos();
    if (nanos <= 0) {
      throw new IllegalArgumentException("wall time must be positive, found " + limit);
    }
    return new SearchLimit() {
      @Override
      public Optional<StopReason> reached(RunState state) {
        return state.elapsedNanos() >= nanos ? Optional.of(StopReason.TIME_LIMIT) : Optional.empty();
      }

      @Override
      public OptionalLong nanosLeft(RunState state) {
        return OptionalLong.of(Math.max(0, nanos - state.elapsedNanos()));
      }
    };
  }

  /**
   * No trial starts once {@code trials} have; reached when they have all ended: {@link
   * StopReason#TRIAL_LIMIT}.
   */
  public static SearchLimit byTrialCount(int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("max trials must be at least 1, found " + trials);
    }
    return new SearchLimit() {
      @Override
      public Optional<StopReason> reached(RunState state) {
        return state.startedTrials() >= trials && state.runningTrials() == 0
            ? Optional.of(StopReason.TRIAL_LIMIT)
            : Optional.empty();
      }

      @Override
      public boolean allowsStart(RunState state) {
        return state.startedTrials() < trials;
      }
    };
  }

  /** Reached when {@code rule} says the front has stopped improving: {@link StopReason#CONVERGED}. */
  public static SearchLimit byConvergence(ConvergenceRule rule) {
    return byConvergence(rule, trial -> "all");
  }

  /**
   * Reached when {@code rule} says the front has stopped improving, with trials grouped into
   * families by {@code familyOf} for the rule's condition on the best families: {@link
   * StopReason#CONVERGED}.
   */
  public static SearchLimit byConvergence(ConvergenceRule rule, Function<Trial, String> familyOf) {
    ConvergenceTracker tracker = new ConvergenceTracker(requireNonNull(rule, "rule"),
        requireNonNull(familyOf, "familyOf"));
    return new SearchLimit() {
      @Override
      public Optional<StopReason> reached(RunState state) {
        return tracker.converged() ? Optional.of(StopReason.CONVERGED) : Optional.empty();
      }

      @Override
      public void observe(TrialOutcome outcome) {
        tracker.accept(outcome);
      }
    };
  }

  /** The limits a {@link SearchLimits} value sets: wall time and trial count, when present. */
  public static List<SearchLimit> of(SearchLimits limits) {
    requireNonNull(limits, "limits");
    List<SearchLimit> list = new java.util.ArrayList<>();
    limits.wallTime().ifPresent(d -> list.add(byWallTime(d)));
    limits.maxTrials().ifPresent(n -> list.add(byTrialCount(n)));
    return list;
  }

  /**
   * All of {@code limits} at once: reached with the reason of the first one reached, in order;
   * a start is allowed when every limit allows it; the nearest deadline; every limit observes.
   */
  public static SearchLimit firstOf(List<SearchLimit> limits) {
    List<SearchLimit> all = List.copyOf(limits);
    return new SearchLimit() {
      @Override
      public Optional<StopReason> reached(RunState state) {
        for (SearchLimit limit : all) {
          Optional<StopReason> reason = limit.reached(state);
          if (reason.isPresent()) {
            return reason;
          }
        }
        return Optional.empty();
      }

      @Override
      public boolean allowsStart(RunState state) {
        return all.stream().allMatch(limit -> limit.allowsStart(state));
      }

      @Override
      public OptionalLong nanosLeft(RunState state) {
        return all.stream()
            .map(limit -> limit.nanosLeft(state))
            .filter(OptionalLong::isPresent)
            .mapToLong(OptionalLong::getAsLong)
            .min();
      }

      @Override
      public void observe(TrialOutcome outcome) {
        all.forEach(limit -> limit.observe(outcome));
      }
    };
  }
}
