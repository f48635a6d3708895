package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.greenautoml.data.TabularData;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.pareto.TieBreak;
import org.greenautoml.search.timing.SearchClock;
import org.tribuo.Dataset;
import org.tribuo.classification.Label;

/**
 * The GreenAutoML engine: searches model families and hyperparameters for a classification
 * dataset under a carbon budget, and returns the Pareto front of accuracy against energy.
 *
 * <p>Configure once with {@link #builder()}, then call {@link #search(TabularData, double)} as
 * often as needed; or use {@link #fit(TabularData, double)} with the defaults: multi-objective ASHA
 * (validation accuracy, training energy, inference energy; epsilon-net inside a front) over every
 * family that applies, an eta-3 ladder from 1/27 of the training rows to all of them, the world
 * average carbon intensity, PUE 1 and one worker per core. A search:
 *
 * <ol>
 *   <li>splits the rows, stratified and seeded, into training and validation parts;
 *   <li>asks the scheduler for trials, each a configuration at a fidelity of the ladder;
 *   <li>trains each on the nested subsample of that fidelity under the energy meter, and scores it;
 *   <li>charges every trial, and the engine's own overhead, to a carbon ledger, starting a trial
 *       only when its predicted cost fits (a hard cap with {@link Isolation#PROCESS}, which kills
 *       running workers; in-thread trials are stopped at their next example read, and a reserve
 *       absorbs the error of trainers that cannot be, see {@code SearchRun.RESERVE_FRACTION}),
 *       and writes every event to the journal when an output
 *       directory is set;
 *   <li>stops when the budget is spent, the front stops improving, a limit is reached, or the
 *       space is exhausted, and says which.
 * </ol>
 *
 * <p>Immutable and thread-safe; a search with one worker is deterministic for the seed, apart
 * from measured energies (and any promotion that ranks on them).
 */
public final class GreenAutoML {

  final SchedulerKind scheduler;
  final List<ModelFamily> families;
  final int eta;
  final double minFidelity;
  final List<SearchObjective> objectives;
  final TieBreak tieBreak;
  final CarbonIntensity intensity;
  final Pue pue;
  final int workers;
  final long seed;
  final Optional<Duration> timeLimit;
  final Optional<Duration> perTrialTimeLimit;
  final OptionalInt maxTrials;
  final Optional<Path> outputDirectory;
  final double validationFraction;
  final EnergyMeter meter;
  final int convergencePatience;
  final Optional<Consumer<SearchProgress>> progressListener;
  final Isolation isolation;
  final int workerHeapMegabytes;
  final Optional<CarbonIntensitySeries> intensitySeries;
  final OptionalDouble pauseAboveGramsPerKWh;
  final Optional<Instant> finishBy;
  final Optional<Instant> startAt;
  final Optional<SearchClock> clock;

  private GreenAutoML(Builder b) {
    this.scheduler = b.scheduler == null ? SchedulerKind.ASHA : b.scheduler;
    this.families = b.families == null ? Families.all() : List.copyOf(b.families);
    this.eta = b.eta == null ? 3 : b.eta;
    this.minFidelity = b.minFidelity == null ? 1.0 / 27 : b.minFidelity;
    this.objectives =
        b.objectives == null
            ? List.of(
                SearchObjective.VALIDATION_ACCURACY,
                SearchObjective.TRAINING_ENERGY,
                SearchObjective.INFERENCE_ENERGY)
            : List.copyOf(b.objectives);
    this.tieBreak = b.tieBreak == null ? TieBreak.EPSILON_NET : b.tieBreak;
    this.intensity = b.intensity == null ? CarbonRegions.bundled().world() : b.intensity;
    this.pue = b.pue == null ? Pue.ownMachine() : b.pue;
    this.workers = b.workers == null ? Runtime.getRuntime().availableProcessors() : b.workers;
    this.seed = b.seed == null ? 42L : b.seed;
    this.timeLimit = Optional.ofNullable(b.timeLimit);
    this.perTrialTimeLimit = Optional.ofNullable(b.perTrialTimeLimit);
    this.maxTrials = b.maxTrials == null ? OptionalInt.empty() : OptionalInt.of(b.maxTrials);
    this.outputDirectory = Optional.ofNullable(b.outputDirectory);
    this.validationFraction = b.validationFraction == null ? 0.2 : b.validationFraction;
    this.meter = b.meter == null ? EnergyMeters.detect() : b.meter;
    this.convergencePatience = b.convergencePatience == null ? 12 : b.convergencePatience;
    this.progressListener = Optional.ofNullable(b.progressListener);
    this.isolation = b.isolation == null ? Isolation.THREAD : b.isolation;
    this.workerHeapMegabytes =
        b.workerHeapMegabytes == null ? DEFAULT_WORKER_HEAP_MEGABYTES : b.workerHeapMegabytes;
    this.intensitySeries = Optional.ofNullable(b.intensitySeries);
    this.pauseAboveGramsPerKWh =
        b.pauseAbove == null ? OptionalDouble.empty() : OptionalDouble.of(b.pauseAbove);
    this.finishBy = Optional.ofNullable(b.finishBy);
    this.startAt = Optional.ofNullable(b.startAt);
    this.clock = Optional.ofNullable(b.clock);
  }

  /** The heap cap of a worker JVM under {@link Isolation#PROCESS}, unless set. */
  public static final int DEFAULT_WORKER_HEAP_MEGABYTES = 1024;

  /** A builder; every setting may be set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Searches {@code data} with the default engine under a budget in kg CO2e. */
  public static SearchResult fit(TabularData data, double budgetKgCO2e) {
    return builder().build().search(data, budgetKgCO2e);
  }

  /** Searches an encoded Tribuo dataset with the default engine under a budget in kg CO2e. */
  public static SearchResult fit(Dataset<Label> data, double budgetKgCO2e) {
    return builder().build().search(data, budgetKgCO2e);
  }

  /**
   * Searches a table under a carbon budget.
   *
   * @param data the table, target included
   * @param budgetKgCO2e the most the search may emit, in kg CO2e
   * @throws GreenAutoMLException for a budget or data the search cannot use, before any energy is
   *     spent
   */
  public SearchResult search(TabularData data, double budgetKgCO2e) {
    requireBudget(budgetKgCO2e);
    return SearchRun.prepare(this, requireNonNull(data, "data")).execute(budgetKgCO2e);
  }

  /**
   * Searches an encoded Tribuo dataset (numeric features; absent features are zeros, as in Tribuo)
   * under a carbon budget.
   *
   * @throws GreenAutoMLException for a budget or data the search cannot use
   */
  public SearchResult search(Dataset<Label> data, double budgetKgCO2e) {
    requireBudget(budgetKgCO2e);
    return SearchRun.prepare(this, requireNonNull(data, "data")).execute(budgetKgCO2e);
  }

  static void requireBudget(double budgetKgCO2e) {
    if (!(budgetKgCO2e > 0) || Double.isInfinite(budgetKgCO2e)) {
      throw new GreenAutoMLException(
          "the carbon budget must be a positive, finite number of kg CO2e, found " + budgetKgCO2e);
    }
  }

  /** Settings of a {@link GreenAutoML}; each may be set once, and is checked when set. */
  public static final class Builder {

    private SchedulerKind scheduler;
    private List<ModelFamily> families;
    private Integer eta;
    private Double minFidelity;
    private List<SearchObjective> objectives;
    private TieBreak tieBreak;
    private CarbonIntensity intensity;
    private Pue pue;
    private Integer workers;
    private Long seed;
    private Duration timeLimit;
    private Duration perTrialTimeLimit;
    private Integer maxTrials;
    private Path outputDirectory;
    private Double validationFraction;
    private EnergyMeter meter;
    private Integer convergencePatience;
    private Consumer<SearchProgress> progressListener;
    private Isolation isolation;
    private Integer workerHeapMegabytes;
    private CarbonIntensitySeries intensitySeries;
    private Double pauseAbove;
    private Instant finishBy;
    private Instant startAt;
    private SearchClock clock;

    private Builder() {}

    /**
     * Carbon intensity over time: each trial and each stretch of overhead is charged at the
     * series' intensity of the time it ran, instead of the region's annual average (see {@code
     * docs/carbon-aware.md}). The series must cover the search (from its start to its time limit
     * or {@link #finishBy} time); no trial starts after the series ends.
     */
    public Builder intensitySeries(CarbonIntensitySeries value) {
      once(intensitySeries, "intensitySeries");
      intensitySeries = requireNonNull(value, "intensitySeries");
      return this;
    }

    /**
     * Starts no trial while the series' intensity is above {@code gramsCO2ePerKWh}: running trials
     * finish, the search waits (journalled; a search killed while paused resumes paused) and goes
     * on when the intensity drops, or stops at its time limit. Needs {@link #intensitySeries}.
     */
    public Builder pauseAbove(double gramsCO2ePerKWh) {
      once(pauseAbove, "pauseAbove");
      if (!Double.isFinite(gramsCO2ePerKWh) || gramsCO2ePerKWh < 0) {
        throw new GreenAutoMLException("the pause threshold must be a finite number >= 0"
            + " gCO2e/kWh, found " + gramsCO2ePerKWh);
      }
      pauseAbove = gramsCO2ePerKWh;
      return this;
    }

    /**
     * Runs the search in the cleanest intervals of the series before {@code deadline}: trials
     * start only in the cleanest slots that add up to the search's estimated remaining running
     * time (re-estimated from its pace and the unspent budget); none starts after the deadline.
     * Needs {@link #intensitySeries}.
     */
    public Builder finishBy(Instant deadline) {
      once(finishBy, "finishBy");
      finishBy = requireNonNull(deadline, "finishBy");
      return this;
    }

    /**
     * A replay: the search runs as if it started at {@code time} (its clock reads {@code time} at
     * the start and runs at real speed), so that a past series applies to it. Never the default.
     */
    public Builder startAt(Instant time) {
      once(startAt, "startAt");
      startAt = requireNonNull(time, "startAt");
      return this;
    }

    /**
     * The clock the search runs by (default: the system clock, or the replay clock of {@link
     * #startAt}); a {@link org.greenautoml.search.timing.SimulatedClock} lets a test run a
     * simulated day of a series in seconds.
     */
    public Builder clock(SearchClock value) {
      once(clock, "clock");
      clock = requireNonNull(value, "clock");
      return this;
    }

    /** Where trials run (default {@link Isolation#THREAD}). */
    public Builder isolation(Isolation value) {
      once(isolation, "isolation");
      isolation = requireNonNull(value, "isolation");
      return this;
    }

    /**
     * The heap cap of each worker JVM under {@link Isolation#PROCESS}, in MB, at least 64 (default
     * {@value #DEFAULT_WORKER_HEAP_MEGABYTES}); a trial that needs more fails with "worker ran out
     * of memory".
     */
    public Builder workerHeapMegabytes(int value) {
      once(workerHeapMegabytes, "workerHeapMegabytes");
      if (value < 64) {
        throw new GreenAutoMLException("the worker heap cap must be at least 64 MB, found " + value);
      }
      workerHeapMegabytes = value;
      return this;
    }

    /** The scheduler (default {@link SchedulerKind#ASHA}). */
    public Builder scheduler(SchedulerKind value) {
      once(scheduler, "scheduler");
      scheduler = requireNonNull(value, "scheduler");
      return this;
    }

    /**
     * The families to search, by name (default: every family).
     *
     * @throws GreenAutoMLException for a name that is not a family, listing the names that are
     */
    public Builder families(String... names) {
      once(families, "families");
      if (names.length == 0) {
        throw new GreenAutoMLException("at least one model family must be named");
      }
      List<ModelFamily> chosen = new ArrayList<>();
      for (String name : names) {
        try {
          chosen.add(Families.byName(name));
        } catch (IllegalArgumentException e) {
          throw new GreenAutoMLException(e.getMessage());
        }
      }
      families = chosen;
      return this;
    }

    /** The families to search, as objects (for families of one's own, and for tests). */
    public Builder families(List<? extends ModelFamily> values) {
      once(families, "families");
      if (values.isEmpty()) {
        throw new GreenAutoMLException("at least one model family must be given");
      }
      families = List.copyOf(values);
      return this;
    }

    /** The ladder's reduction factor, at least 2 (default 3). */
    public Builder eta(int value) {
      once(eta, "eta");
      if (value < 2) {
        throw new GreenAutoMLException("eta must be at least 2, found " + value);
      }
      eta = value;
      return this;
    }

    /** The lowest fidelity, in (0, 1] (default 1/27). */
    public Builder minFidelity(double value) {
      once(minFidelity, "minFidelity");
      if (!(value > 0 && value <= 1)) {
        throw new GreenAutoMLException("the lowest fidelity must be in (0, 1], found " + value);
      }
      minFidelity = value;
      return this;
    }

    /** What promotion and the front rank on, in order (default: accuracy, training, inference). */
    public Builder objectives(SearchObjective... values) {
      once(objectives, "objectives");
      if (values.length == 0 || List.of(values).stream().distinct().count() != values.length) {
        throw new GreenAutoMLException(
            "objectives must be distinct and at least one, found " + List.of(values));
      }
      objectives = List.of(values);
      return this;
    }

    /** How promotion orders trials inside one Pareto front (default epsilon-net). */
    public Builder tieBreak(TieBreak value) {
      once(tieBreak, "tieBreak");
      tieBreak = requireNonNull(value, "tieBreak");
      return this;
    }

    /**
     * The region whose carbon intensity converts energy to CO2e: an ISO country code, {@code
     * WORLD}, or {@code provider:region} (default {@code WORLD}).
     *
     * @throws org.greenautoml.energy.carbon.UnknownRegionException naming the closest known codes
     */
    public Builder region(String code) {
      once(intensity, "region");
      intensity = CarbonRegions.bundled().lookup(requireNonNull(code, "region"));
      return this;
    }

    /** The power usage effectiveness (default 1, one's own machine). */
    public Builder pue(Pue value) {
      once(pue, "pue");
      pue = requireNonNull(value, "pue");
      return this;
    }

    /** The number of trials run at once (default: one per core). */
    public Builder workers(int value) {
      once(workers, "workers");
      if (value < 1) {
        throw new GreenAutoMLException("workers must be at least 1, found " + value);
      }
      workers = value;
      return this;
    }

    /** The seed of every random choice (default 42). */
    public Builder seed(long value) {
      once(seed, "seed");
      seed = value;
      return this;
    }

    /** The longest the whole search may run. */
    public Builder timeLimit(Duration value) {
      once(timeLimit, "timeLimit");
      timeLimit = requirePositive(value, "time limit");
      return this;
    }

    /** The longest one trial may run before it is asked to stop. */
    public Builder perTrialTimeLimit(Duration value) {
      once(perTrialTimeLimit, "perTrialTimeLimit");
      perTrialTimeLimit = requirePositive(value, "per-trial time limit");
      return this;
    }

    /** The most trials the search may run. */
    public Builder maxTrials(int value) {
      once(maxTrials, "maxTrials");
      if (value < 1) {
        throw new GreenAutoMLException("max trials must be at least 1, found " + value);
      }
      maxTrials = value;
      return this;
    }

    /** Where the journal (and the top-fidelity models) are written; a search resumes from it. */
    public Builder outputDirectory(Path value) {
      once(outputDirectory, "outputDirectory");
      outputDirectory = requireNonNull(value, "outputDirectory");
      return this;
    }

    /** The fraction of rows held out for validation, in (0, 0.5] (default 0.2). */
    public Builder validationFraction(double value) {
      once(validationFraction, "validationFraction");
      if (!(value > 0 && value <= 0.5)) {
        throw new GreenAutoMLException(
            "the validation fraction must be in (0, 0.5], found " + value);
      }
      validationFraction = value;
      return this;
    }

    /** The energy meter (default: {@link EnergyMeters#detect()}). */
    public Builder meter(EnergyMeter value) {
      once(meter, "meter");
      meter = requireNonNull(value, "meter");
      return this;
    }

    /**
     * How many top-fidelity trials in a row may fail to improve the front before the search
     * counts as converged (default 12).
     */
    public Builder convergencePatience(int value) {
      once(convergencePatience, "convergencePatience");
      if (value < 1) {
        throw new GreenAutoMLException("convergence patience must be at least 1, found " + value);
      }
      convergencePatience = value;
      return this;
    }

    /**
     * Receives a {@link SearchProgress} when a trial finishes and periodically while the search
     * runs, from the search's threads; it should return quickly. Failures of the listener are
     * logged and ignored.
     */
    public Builder progressListener(Consumer<SearchProgress> value) {
      once(progressListener, "progressListener");
      progressListener = requireNonNull(value, "progressListener");
      return this;
    }

    /**
     * The engine.
     *
     * @throws GreenAutoMLException for settings that do not fit together
     */
    public GreenAutoML build() {
      if (intensitySeries == null && (pauseAbove != null || finishBy != null || startAt != null)) {
        throw new GreenAutoMLException((pauseAbove != null ? "pauseAbove" : finishBy != null
            ? "finishBy" : "startAt") + " needs an intensity series");
      }
      if (startAt != null && clock != null) {
        throw new GreenAutoMLException("startAt and clock must not both be set: startAt is a"
            + " replay clock");
      }
      if (intensitySeries != null && isolation == Isolation.PROCESS) {
        throw new GreenAutoMLException("an intensity series needs trials in threads; worker"
            + " processes charge at the annual value (isolation PROCESS is not supported with it)");
      }
      return new GreenAutoML(this);
    }

    private static void once(Object current, String setting) {
      if (current != null) {
        throw new IllegalStateException(setting + " was already set");
      }
    }

    private static Duration requirePositive(Duration value, String what) {
      requireNonNull(value, what);
      if (value.isNegative() || value.isZero()) {
        throw new GreenAutoMLException(what + " must be positive, found " + value);
      }
      return value;
    }
  }
}
