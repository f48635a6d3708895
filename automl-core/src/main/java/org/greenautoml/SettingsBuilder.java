package org.greenautoml;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.attribution.MachineShare;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.family.Portfolios;
import org.greenautoml.search.pareto.TieBreak;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.timing.SearchClock;

/**
 * The setters of {@link SearchSettings}, shared by {@link SearchSettings.Builder} and {@link
 * GreenAutoML.Builder}. Each setter checks its value at once and may be called once per builder
 * (a builder from {@link SearchSettings#toBuilder()} starts with the settings' values, and each
 * may be overridden once); conflicts between settings are refused by {@code build()}. Not
 * thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class SettingsBuilder<B extends SettingsBuilder<B>> {

  SchedulerKind scheduler = SchedulerKind.ASHA;
  Optional<List<ModelFamily>> families = Optional.empty();
  int eta = SearchSettings.DEFAULT_ETA;
  double minFidelity = SearchSettings.DEFAULT_MIN_FIDELITY;
  List<SearchObjective> objectives = SearchSettings.DEFAULT_OBJECTIVES;
  TieBreak tieBreak = TieBreak.EPSILON_NET;
  Optional<CarbonIntensity> intensity = Optional.empty();
  Pue pue = Pue.ownMachine();
  OptionalInt workers = OptionalInt.empty();
  long seed = SearchSettings.DEFAULT_SEED;
  Optional<Duration> timeLimit = Optional.empty();
  Optional<Duration> perTrialTimeLimit = Optional.empty();
  OptionalInt maxTrials = OptionalInt.empty();
  Optional<Path> outputDirectory = Optional.empty();
  double validationFraction = SearchSettings.DEFAULT_VALIDATION_FRACTION;
  Optional<EnergyMeter> meter = Optional.empty();
  int convergencePatience = SearchSettings.DEFAULT_CONVERGENCE_PATIENCE;
  Optional<Consumer<SearchProgress>> progressListener = Optional.empty();
  Isolation isolation = Isolation.THREAD;
  OptionalInt workerHeapMegabytes = OptionalInt.empty();
  MachineShare machineShare = MachineShare.WHOLE;
  boolean includeEmbodied;
  Optional<ClusterSettings> cluster = Optional.empty();
  SamplerKind sampler = SamplerKind.TPE;
  int crossValidationRows = SearchSettings.DEFAULT_CROSS_VALIDATION_ROWS;
  boolean refit = true;
  Optional<Portfolio> portfolio = Optional.empty();
  Optional<CarbonIntensitySeries> intensitySeries = Optional.empty();
  OptionalDouble pauseAbove = OptionalDouble.empty();
  Optional<Instant> finishBy = Optional.empty();
  Optional<Instant> startAt = Optional.empty();
  Optional<SearchClock> clock = Optional.empty();

  private final Set<String> set = new HashSet<>();

  SettingsBuilder() {}

  SettingsBuilder(SearchSettings from) {
    scheduler = from.scheduler();
    families = Optional.of(from.families());
    eta = from.eta();
    minFidelity = from.minFidelity();
    objectives = from.objectives();
    tieBreak = from.tieBreak();
    intensity = Optional.of(from.intensity());
    pue = from.pue();
    workers = from.givenWorkers();
    seed = from.seed();
    timeLimit = from.timeLimit();
    perTrialTimeLimit = from.perTrialTimeLimit();
    maxTrials = from.maxTrials();
    outputDirectory = from.outputDirectory();
    validationFraction = from.validationFraction();
    meter = Optional.of(from.meter());
    convergencePatience = from.convergencePatience();
    progressListener = from.progressListener();
    isolation = from.isolation();
    machineShare = from.machineShare();
    includeEmbodied = from.includeEmbodied();
    if (from.isolation() == Isolation.PROCESS) {
      workerHeapMegabytes = OptionalInt.of(from.workerHeapMegabytes());
    }
    cluster = from.cluster();
    sampler = from.sampler();
    crossValidationRows = from.crossValidationRows();
    refit = from.refit();
    portfolio = Optional.of(from.portfolio());
    intensitySeries = from.intensitySeries();
    pauseAbove = from.pauseAboveGramsPerKWh();
    finishBy = from.finishBy();
    startAt = from.startAt();
    clock = from.clock();
  }

  /** This builder, typed. */
  abstract B self();

  /** The settings this builder holds, conflicts refused. */
  final SearchSettings settings() {
    return new SearchSettings(this);
  }

  /** Where trials run (default {@link Isolation#THREAD}). */
  public B isolation(Isolation value) {
    once("isolation");
    isolation = requireNonNull(value, "isolation");
    return self();
  }

  /**
   * Runs the trials on a Hazelcast cluster (members started with {@code greenautoml worker}); the
   * search, its ledger and its journal stay here. As many trials run at once as the members have
   * threads (capped by {@link #workers} when that is set); each is metered on its member and
   * charged at the member's region and PUE. Refused at {@code build()} with process isolation.
   */
  public B cluster(ClusterSettings value) {
    once("cluster");
    cluster = Optional.of(requireNonNull(value, "cluster"));
    return self();
  }

  /**
   * The heap cap of each worker JVM under {@link Isolation#PROCESS}, in MB, at least 64; a trial
   * that needs more fails with "worker ran out of memory". Refused at {@code build()} without
   * process isolation.
   */
  public B workerHeapMegabytes(int value) {
    once("workerHeapMegabytes");
    if (value < 64) {
      throw new GreenAutoMLException("the worker heap cap must be at least 64 MB, found " + value);
    }
    workerHeapMegabytes = OptionalInt.of(value);
    return self();
  }

  /** The scheduler (default {@link SchedulerKind#ASHA}). */
  public B scheduler(SchedulerKind value) {
    once("scheduler");
    scheduler = requireNonNull(value, "scheduler");
    return self();
  }

  /**
   * The families to search, by name (default: every family).
   *
   * @throws GreenAutoMLException for a name that is not a family, listing the names that are
   */
  public B families(String... names) {
    once("families");
    if (names.length == 0) {
      throw new GreenAutoMLException("at least one model family must be named");
    }
    List<ModelFamily> chosen = new ArrayList<>();
    for (String name : names) {
      try {
        chosen.add(Families.byName(name));
      } catch (IllegalArgumentException e) {
        throw new GreenAutoMLException(e.getMessage(), e);
      }
    }
    families = Optional.of(List.copyOf(chosen));
    return self();
  }

  /** The families to search, as objects (for families of one's own, and for tests). */
  public B families(List<? extends ModelFamily> values) {
    once("families");
    if (values.isEmpty()) {
      throw new GreenAutoMLException("at least one model family must be given");
    }
    families = Optional.of(List.copyOf(values));
    return self();
  }

  /** The ladder's reduction factor, at least 2 (default {@value SearchSettings#DEFAULT_ETA}). */
  public B eta(int value) {
    once("eta");
    if (value < 2) {
      throw new GreenAutoMLException("eta must be at least 2, found " + value);
    }
    eta = value;
    return self();
  }

  /** The lowest fidelity, in (0, 1] (default 1/27). */
  public B minFidelity(double value) {
    once("minFidelity");
    if (!(value > 0 && value <= 1)) {
      throw new GreenAutoMLException("the lowest fidelity must be in (0, 1], found " + value);
    }
    minFidelity = value;
    return self();
  }

  /** What promotion and the front rank on, in order (default: accuracy, training, inference). */
  public B objectives(SearchObjective... values) {
    once("objectives");
    if (values.length == 0 || List.of(values).stream().distinct().count() != values.length) {
      throw new GreenAutoMLException(
          "objectives must be distinct and at least one, found " + List.of(values));
    }
    objectives = List.of(values);
    return self();
  }

  /** How promotion orders trials inside one Pareto front (default epsilon-net). */
  public B tieBreak(TieBreak value) {
    once("tieBreak");
    tieBreak = requireNonNull(value, "tieBreak");
    return self();
  }

  /**
   * The region whose carbon intensity converts energy to CO2e: an ISO country code, {@code
   * WORLD}, or {@code provider:region} (default {@code WORLD}).
   *
   * @throws org.greenautoml.energy.carbon.UnknownRegionException naming the closest known codes
   */
  public B region(String code) {
    once("region");
    intensity = Optional.of(CarbonRegions.bundled().lookup(requireNonNull(code, "region")));
    return self();
  }

  /** The power usage effectiveness (default 1, one's own machine). */
  public B pue(Pue value) {
    once("pue");
    pue = requireNonNull(value, "pue");
    return self();
  }

  /**
   * The share of the machine the search holds, in [0, 1] (default 1): its idle power times this
   * share is the static share, charged to the budget for the search's wall time; the embodied share
   * is prorated by it too. 0 leaves both out (a machine someone else keeps running anyway).
   */
  public B machineShare(double value) {
    once("machineShare");
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("machine share must be in [0, 1], found " + value);
    }
    machineShare = new MachineShare(value);
    return self();
  }

  /**
   * Whether the embodied share (the hardware's manufacturing footprint prorated by time and share)
   * is charged to the budget (default false: it is reported, not charged).
   */
  public B includeEmbodied(boolean value) {
    once("includeEmbodied");
    includeEmbodied = value;
    return self();
  }

  /** The number of trials run at once (default: one per core). */
  public B workers(int value) {
    once("workers");
    if (value < 1) {
      throw new GreenAutoMLException("workers must be at least 1, found " + value);
    }
    workers = OptionalInt.of(value);
    return self();
  }

  /**
   * The root seed (default {@value SearchSettings#DEFAULT_SEED}); every random choice draws from
   * a seed derived from it per use, see {@link SearchSettings#seed()}.
   */
  public B seed(long value) {
    once("seed");
    seed = value;
    return self();
  }

  /** The longest the whole search may run. */
  public B timeLimit(Duration value) {
    once("timeLimit");
    timeLimit = Optional.of(requirePositive(value, "time limit"));
    return self();
  }

  /** The longest one trial may run before it is asked to stop. */
  public B perTrialTimeLimit(Duration value) {
    once("perTrialTimeLimit");
    perTrialTimeLimit = Optional.of(requirePositive(value, "per-trial time limit"));
    return self();
  }

  /** The most trials the search may run. */
  public B maxTrials(int value) {
    once("maxTrials");
    if (value < 1) {
      throw new GreenAutoMLException("max trials must be at least 1, found " + value);
    }
    maxTrials = OptionalInt.of(value);
    return self();
  }

  /** Where the journal (and the top-fidelity models) are written; a search resumes from it. */
  public B outputDirectory(Path value) {
    once("outputDirectory");
    outputDirectory = Optional.of(requireNonNull(value, "outputDirectory"));
    return self();
  }

  /** The fraction of rows held out for validation, in (0, 0.5] (default 0.2). */
  public B validationFraction(double value) {
    once("validationFraction");
    if (!(value > 0 && value <= 0.5)) {
      throw new GreenAutoMLException("the validation fraction must be in (0, 0.5], found " + value);
    }
    validationFraction = value;
    return self();
  }

  /** The energy meter (default: {@link EnergyMeters#detect()}). */
  public B meter(EnergyMeter value) {
    once("meter");
    meter = Optional.of(requireNonNull(value, "meter"));
    return self();
  }

  /**
   * The warm-start portfolio the multi-fidelity schedulers evaluate first, those of its
   * configurations that belong to the search's space, in order (default {@link
   * Portfolios#shipped()}; {@link Portfolio#empty()} for none). A benchmark on a dataset the
   * shipped portfolio was learned from passes one learned without it.
   */
  public B portfolio(Portfolio value) {
    once("portfolio");
    portfolio = Optional.of(requireNonNull(value, "portfolio"));
    return self();
  }

  /**
   * What proposes new configurations after the warm-start portfolio in the multi-fidelity
   * schedulers (default {@link SamplerKind#TPE}; random and grid search keep their own).
   */
  public B sampler(SamplerKind value) {
    once("sampler");
    sampler = requireNonNull(value, "sampler");
    return self();
  }

  /**
   * The most rows (training plus validation) at which top-fidelity trials are scored by
   * cross-validation instead of the one holdout (default {@value
   * SearchSettings#DEFAULT_CROSS_VALIDATION_ROWS}; 0 turns it off). In-thread trials only: worker
   * processes score on the holdout.
   */
  public B crossValidationRows(int value) {
    once("crossValidationRows");
    if (value < 0) {
      throw new GreenAutoMLException(
          "the cross-validation row threshold must be non-negative, found " + value);
    }
    crossValidationRows = value;
    return self();
  }

  /**
   * Whether the front's models are refitted on training plus validation rows after the search,
   * as far as the budget allows (default true).
   */
  public B refit(boolean value) {
    once("refit");
    refit = value;
    return self();
  }

  /**
   * How many top-fidelity trials in a row may fail to improve the front, or the most accurate
   * model, before the search counts as converged (default {@value
   * SearchSettings#DEFAULT_CONVERGENCE_PATIENCE}; whichever stalls first).
   */
  public B convergencePatience(int value) {
    once("convergencePatience");
    if (value < 1) {
      throw new GreenAutoMLException("convergence patience must be at least 1, found " + value);
    }
    convergencePatience = value;
    return self();
  }

  /**
   * Receives a {@link SearchProgress} when a trial finishes and periodically while the search
   * runs, from the search's threads; it should return quickly. Failures of the listener are
   * logged and ignored.
   */
  public B progressListener(Consumer<SearchProgress> value) {
    once("progressListener");
    progressListener = Optional.of(requireNonNull(value, "progressListener"));
    return self();
  }

  /**
   * Carbon intensity over time: each trial and each stretch of overhead is charged at the series'
   * intensity of the time it ran, instead of the region's annual average (see {@code
   * docs/carbon-aware.md}). The series must cover the search (from its start to its time limit or
   * {@link #finishBy} time); no trial starts after the series ends.
   */
  public B intensitySeries(CarbonIntensitySeries value) {
    once("intensitySeries");
    intensitySeries = Optional.of(requireNonNull(value, "intensitySeries"));
    return self();
  }

  /**
   * Starts no trial while the series' intensity is above {@code gramsCO2ePerKWh}: running trials
   * finish, the search waits (journalled; a search killed while paused resumes paused) and goes on
   * when the intensity drops, or stops at its time limit. Needs {@link #intensitySeries}.
   */
  public B pauseAbove(double gramsCO2ePerKWh) {
    once("pauseAbove");
    if (!Double.isFinite(gramsCO2ePerKWh) || gramsCO2ePerKWh < 0) {
      throw new GreenAutoMLException("the pause threshold must be a finite number >= 0"
          + " gCO2e/kWh, found " + gramsCO2ePerKWh);
    }
    pauseAbove = OptionalDouble.of(gramsCO2ePerKWh);
    return self();
  }

  /**
   * Runs the search in the cleanest intervals of the series before {@code deadline}: trials start
   * only in the cleanest slots that add up to the search's estimated remaining running time
   * (re-estimated from its pace and the unspent budget); none starts after the deadline. Needs
   * {@link #intensitySeries}.
   */
  public B finishBy(Instant deadline) {
    once("finishBy");
    finishBy = Optional.of(requireNonNull(deadline, "finishBy"));
    return self();
  }

  /**
   * A replay: the search runs as if it started at {@code time} (its clock reads {@code time} at
   * the start and runs at real speed), so that a past series applies to it. Never the default.
   */
  public B startAt(Instant time) {
    once("startAt");
    startAt = Optional.of(requireNonNull(time, "startAt"));
    return self();
  }

  /**
   * The clock the search runs by (default: the system clock, or the replay clock of {@link
   * #startAt}); a {@link org.greenautoml.search.timing.SimulatedClock} lets a test run a
   * simulated day of a series in seconds.
   */
  public B clock(SearchClock value) {
    once("clock");
    clock = Optional.of(requireNonNull(value, "clock"));
    return self();
  }

  private void once(String setting) {
    if (!set.add(setting)) {
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
