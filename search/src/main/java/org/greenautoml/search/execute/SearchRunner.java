package org.greenautoml.search.execute;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.budget.SearchLimits;
import org.greenautoml.search.journal.SearchJournal;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Trial;

/**
 * Runs a search on a local pool of workers: asks the scheduler for trials, starts one only when its
 * predicted upper cost fits in the ledger, runs the evaluator, records every event in the journal,
 * and stops on the first {@link SearchLimit} reached (convergence, budget, wall time, trial count,
 * then any added with {@link Builder#limit}), or when the scheduler has nothing left.
 *
 * <p>A trial that throws (out-of-memory included) is recorded FAILED with its reason and the search
 * goes on. When the ledger is exhausted every running trial is asked to stop; a trial that overruns
 * the per-trial time limit is asked to stop, and one that ignores the request for another half of
 * the limit is recorded FAILED and abandoned, charged its reservation. With one worker the search
 * is deterministic for the scheduler's seed. With a journal that already holds events, finished
 * trials are replayed (not run, not paid again), interrupted attempts are charged their reservation
 * and run again. Configure once with {@link #builder}; {@link #run()} may be called once.
 */
public final class SearchRunner {

  final Scheduler scheduler;
  final TrialEvaluator evaluator;
  final CarbonLedger ledger;
  final CostPredictor predictor;
  final Optional<SearchJournal> journal;
  final int workers;
  final Optional<Duration> perTrialTimeLimit;
  final SearchLimits limits;
  final Optional<ConvergenceRule> convergence;
  final List<SearchLimit> extraLimits;
  final Function<Trial, String> familyKeyOf;
  final ToDoubleFunction<Trial> costScaleOf;

  private SearchRunner(Builder b) {
    this.scheduler = b.scheduler;
    this.evaluator = b.evaluator;
    this.ledger = b.ledger;
    this.predictor = b.predictor;
    this.journal = Optional.ofNullable(b.journal);
    this.workers = b.workers;
    this.perTrialTimeLimit = Optional.ofNullable(b.perTrialTimeLimit);
    this.limits = b.limits;
    this.convergence = Optional.ofNullable(b.convergence);
    this.extraLimits = List.copyOf(b.extraLimits);
    this.familyKeyOf = b.familyKeyOf;
    this.costScaleOf = b.costScaleOf;
  }

  /** A builder with the four things every search needs. */
  public static Builder builder(Scheduler scheduler, TrialEvaluator evaluator, CarbonLedger ledger,
      CostPredictor predictor) {
    return new Builder(scheduler, evaluator, ledger, predictor);
  }

  /** Runs the search to its end. */
  public SearchOutcome run() {
    return new RunLoop(this).run();
  }

  /** Settings of a {@link SearchRunner}; each may be set once. */
  public static final class Builder {
    private final Scheduler scheduler;
    private final TrialEvaluator evaluator;
    private final CarbonLedger ledger;
    private final CostPredictor predictor;
    private SearchJournal journal;
    private int workers = 1;
    private boolean workersSet;
    private Duration perTrialTimeLimit;
    private SearchLimits limits = SearchLimits.NONE;
    private boolean limitsSet;
    private ConvergenceRule convergence;
    private final List<SearchLimit> extraLimits = new ArrayList<>();
    private Function<Trial, String> familyKeyOf = t -> "all";
    private boolean familySet;
    private ToDoubleFunction<Trial> costScaleOf = t -> 1.0;
    private boolean scaleSet;

    private Builder(Scheduler scheduler, TrialEvaluator evaluator, CarbonLedger ledger,
        CostPredictor predictor) {
      this.scheduler = requireNonNull(scheduler, "scheduler");
      this.evaluator = requireNonNull(evaluator, "evaluator");
      this.ledger = requireNonNull(ledger, "ledger");
      this.predictor = requireNonNull(predictor, "predictor");
    }

    /** The journal to write (and to resume from when it already holds events). */
    public Builder journal(SearchJournal value) {
      requireUnset(journal == null, "journal");
      journal = requireNonNull(value, "journal");
      return this;
    }

    /** The number of trials run at once, at least 1 (default 1). */
    public Builder workers(int value) {
      requireUnset(!workersSet, "workers");
      if (value < 1) {
        throw new IllegalArgumentException("workers must be at least 1, found " + value);
      }
      workers = value;
      workersSet = true;
      return this;
    }

    /** The longest one trial may run before it is asked to stop. */
    public Builder perTrialTimeLimit(Duration value) {
      requireUnset(perTrialTimeLimit == null, "per-trial time limit");
      requireNonNull(value, "perTrialTimeLimit");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("per-trial time limit must be positive, found " + value);
      }
      perTrialTimeLimit = value;
      return this;
    }

    /** The search's wall-time and trial-count limits. */
    public Builder limits(SearchLimits value) {
      requireUnset(!limitsSet, "limits");
      limits = requireNonNull(value, "limits");
      limitsSet = true;
      return this;
    }

    /** The convergence rule (none by default). */
    public Builder convergence(ConvergenceRule value) {
      requireUnset(convergence == null, "convergence rule");
      convergence = requireNonNull(value, "convergence");
      return this;
    }

    /**
     * A further stop condition, checked after the built-in ones (convergence, budget, wall time,
     * trial count); may be called more than once. The instance serves this runner's one run.
     */
    public Builder limit(SearchLimit value) {
      extraLimits.add(requireNonNull(value, "limit"));
      return this;
    }

    /** The cost predictor's family key of a trial (default: one family for all). */
    public Builder familyKeyOf(Function<Trial, String> value) {
      requireUnset(!familySet, "family key");
      familyKeyOf = requireNonNull(value, "familyKeyOf");
      familySet = true;
      return this;
    }

    /**
     * The relative work a trial's configuration asks for within its family, positive (default 1),
     * for the cost predictor ({@link CostPredictor#upperEstimate(String, double, double)}).
     */
    public Builder costScaleOf(ToDoubleFunction<Trial> value) {
      requireUnset(!scaleSet, "cost scale");
      costScaleOf = requireNonNull(value, "costScaleOf");
      scaleSet = true;
      return this;
    }

    /** The runner. */
    public SearchRunner build() {
      return new SearchRunner(this);
    }

    private static void requireUnset(boolean unset, String what) {
      if (!unset) {
        throw new IllegalStateException(what + " must be set at most once");
      }
    }
  }
}
