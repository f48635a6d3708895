package org.greenautoml;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.StringJoiner;
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
 * What a {@link GreenAutoML} search is asked to do, apart from running it (as Jenetics keeps
 * {@code EvolutionParams} apart from its {@code Engine}): every default resolved, every value
 * checked when set, and conflicting settings refused when built. Immutable and thread-safe.
 *
 * <p>Built with {@link #builder()}, or through {@link GreenAutoML#builder()}, which has the same
 * setters ({@link SettingsBuilder}); {@link #toBuilder()} starts a builder from these values.
 *
 * <p><b>Adding a setting</b> takes four steps, all in this package: a field with its default in
 * {@link SettingsBuilder}, copied in its {@code SettingsBuilder(SearchSettings)} constructor; a
 * checked setter beside the others there; a final field and accessor here, assigned in the
 * constructor (with any conflict it has with other settings refused in {@code refuseConflicts});
 * and a line in {@link #toString()}. The engine reads it through the accessor.
 */
public final class SearchSettings {

  /** The root seed unless one is set. */
  public static final long DEFAULT_SEED = 42L;

  /** The ladder's reduction factor unless one is set. */
  public static final int DEFAULT_ETA = 3;

  /** The lowest fidelity unless one is set: 1/27, four rungs at eta 3. */
  public static final double DEFAULT_MIN_FIDELITY = 1.0 / 27;

  /** The share of rows held out for validation unless one is set. */
  public static final double DEFAULT_VALIDATION_FRACTION = 0.2;

  /** Top-fidelity trials without progress before convergence, unless set. */
  public static final int DEFAULT_CONVERGENCE_PATIENCE = 12;

  /** The most rows at which top-fidelity trials are cross-validated, unless set. */
  public static final int DEFAULT_CROSS_VALIDATION_ROWS = 5_000;

  /** The heap cap of a worker JVM under {@link Isolation#PROCESS}, unless set. */
  public static final int DEFAULT_WORKER_HEAP_MEGABYTES = 1024;

  /** The objectives unless set: validation accuracy, training energy, inference energy. */
  public static final List<SearchObjective> DEFAULT_OBJECTIVES =
      List.of(
          SearchObjective.VALIDATION_ACCURACY,
          SearchObjective.TRAINING_ENERGY,
          SearchObjective.INFERENCE_ENERGY);

  private final SchedulerKind scheduler;
  private final List<ModelFamily> families;
  private final int eta;
  private final double minFidelity;
  private final List<SearchObjective> objectives;
  private final TieBreak tieBreak;
  private final CarbonIntensity intensity;
  private final Pue pue;
  private final int workers;
  private final long seed;
  private final Optional<Duration> timeLimit;
  private final Optional<Duration> perTrialTimeLimit;
  private final OptionalInt maxTrials;
  private final Optional<Path> outputDirectory;
  private final double validationFraction;
  private final EnergyMeter meter;
  private final int convergencePatience;
  private final Optional<Consumer<SearchProgress>> progressListener;
  private final Isolation isolation;
  private final int workerHeapMegabytes;
  private final MachineShare machineShare;
  private final boolean includeEmbodied;
  private final Optional<ClusterSettings> cluster;
  private final OptionalInt givenWorkers;
  private final SamplerKind sampler;
  private final int crossValidationRows;
  private final boolean refit;
  private final Portfolio portfolio;
  private final Optional<CarbonIntensitySeries> intensitySeries;
  private final OptionalDouble pauseAboveGramsPerKWh;
  private final Optional<Instant> finishBy;
  private final Optional<Instant> startAt;
  private final Optional<SearchClock> clock;

  SearchSettings(SettingsBuilder<?> b) {
    refuseConflicts(b);
    scheduler = b.scheduler;
    families = b.families.orElseGet(Families::all);
    eta = b.eta;
    minFidelity = b.minFidelity;
    objectives = b.objectives;
    tieBreak = b.tieBreak;
    intensity = b.intensity.orElseGet(() -> CarbonRegions.bundled().world());
    pue = b.pue;
    workers = b.workers.orElseGet(() -> Runtime.getRuntime().availableProcessors());
    seed = b.seed;
    timeLimit = b.timeLimit;
    perTrialTimeLimit = b.perTrialTimeLimit;
    maxTrials = b.maxTrials;
    outputDirectory = b.outputDirectory;
    validationFraction = b.validationFraction;
    meter = b.meter.orElseGet(EnergyMeters::detect);
    convergencePatience = b.convergencePatience;
    progressListener = b.progressListener;
    isolation = b.isolation;
    workerHeapMegabytes = b.workerHeapMegabytes.orElse(DEFAULT_WORKER_HEAP_MEGABYTES);
    machineShare = b.machineShare;
    includeEmbodied = b.includeEmbodied;
    cluster = b.cluster;
    givenWorkers = b.workers;
    sampler = b.sampler;
    crossValidationRows = b.crossValidationRows;
    refit = b.refit;
    portfolio = b.portfolio.orElseGet(Portfolios::shipped);
    intensitySeries = b.intensitySeries;
    pauseAboveGramsPerKWh = b.pauseAbove;
    finishBy = b.finishBy;
    startAt = b.startAt;
    clock = b.clock;
  }

  private static void refuseConflicts(SettingsBuilder<?> b) {
    if (b.cluster.isPresent() && b.isolation == Isolation.PROCESS) {
      throw new GreenAutoMLException("trials on a cluster run in its members' JVMs: process"
          + " isolation does not apply, found isolation PROCESS with cluster "
          + b.cluster.get().name());
    }
    if (b.workerHeapMegabytes.isPresent() && b.isolation != Isolation.PROCESS) {
      throw new GreenAutoMLException(
          "a worker heap cap needs process isolation, found isolation " + b.isolation
              + " with a heap cap of " + b.workerHeapMegabytes.getAsInt() + " MB");
    }
    if (b.timeLimit.isPresent()
        && b.perTrialTimeLimit.isPresent()
        && b.perTrialTimeLimit.get().compareTo(b.timeLimit.get()) > 0) {
      throw new GreenAutoMLException(
          "the per-trial time limit must not exceed the search's time limit "
              + b.timeLimit.get() + ", found " + b.perTrialTimeLimit.get());
    }
    if (b.intensitySeries.isEmpty()
        && (b.pauseAbove.isPresent() || b.finishBy.isPresent() || b.startAt.isPresent())) {
      throw new GreenAutoMLException((b.pauseAbove.isPresent() ? "pauseAbove"
          : b.finishBy.isPresent() ? "finishBy" : "startAt") + " needs an intensity series");
    }
    if (b.startAt.isPresent() && b.clock.isPresent()) {
      throw new GreenAutoMLException("startAt and clock must not both be set: startAt is a"
          + " replay clock");
    }
    if (b.intensitySeries.isPresent() && b.isolation == Isolation.PROCESS) {
      throw new GreenAutoMLException("an intensity series needs trials in threads: worker"
          + " processes charge at the annual value (isolation PROCESS is not supported with it)");
    }
  }

  /** A builder with every setting at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these settings; each may be overridden once. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The scheduler. */
  public SchedulerKind scheduler() {
    return scheduler;
  }

  /** The families searched, in order. */
  public List<ModelFamily> families() {
    return families;
  }

  /** The ladder's reduction factor. */
  public int eta() {
    return eta;
  }

  /** The lowest fidelity, in (0, 1]. */
  public double minFidelity() {
    return minFidelity;
  }

  /** What promotion and the front rank on, in order. */
  public List<SearchObjective> objectives() {
    return objectives;
  }

  /** How promotion orders trials inside one front. */
  public TieBreak tieBreak() {
    return tieBreak;
  }

  /** The carbon intensity that converts energy to CO2e. */
  public CarbonIntensity intensity() {
    return intensity;
  }

  /** The power usage effectiveness. */
  public Pue pue() {
    return pue;
  }

  /** The number of trials run at once. */
  public int workers() {
    return workers;
  }

  /**
   * The root seed. The engine never uses it directly: the split, the subsampler, the sampler, the
   * tie-break and each trial draw from seeds derived from it per use ({@code engine.Seeds}).
   */
  public long seed() {
    return seed;
  }

  /** The longest the whole search may run. */
  public Optional<Duration> timeLimit() {
    return timeLimit;
  }

  /** The longest one trial may run. */
  public Optional<Duration> perTrialTimeLimit() {
    return perTrialTimeLimit;
  }

  /** The most trials the search may run. */
  public OptionalInt maxTrials() {
    return maxTrials;
  }

  /** Where the journal and models are written. */
  public Optional<Path> outputDirectory() {
    return outputDirectory;
  }

  /** The share of rows held out for validation. */
  public double validationFraction() {
    return validationFraction;
  }

  /** The energy meter. */
  public EnergyMeter meter() {
    return meter;
  }

  /** Top-fidelity trials without progress before the search counts as converged. */
  public int convergencePatience() {
    return convergencePatience;
  }

  /** Receives progress snapshots, if set. */
  public Optional<Consumer<SearchProgress>> progressListener() {
    return progressListener;
  }

  /** Where trials run. */
  public Isolation isolation() {
    return isolation;
  }

  /** The heap cap of a worker JVM, in MB; used under {@link Isolation#PROCESS} only. */
  public int workerHeapMegabytes() {
    return workerHeapMegabytes;
  }

  /** The share of the machine the search holds, for its static and embodied shares. */
  public MachineShare machineShare() {
    return machineShare;
  }

  /** Whether the embodied share is charged to the budget (it is always reported). */
  public boolean includeEmbodied() {
    return includeEmbodied;
  }

  /** The cluster the trials run on, if any. */
  public Optional<ClusterSettings> cluster() {
    return cluster;
  }

  /** The workers setting when it was set (on a cluster it caps the members' slots). */
  public OptionalInt givenWorkers() {
    return givenWorkers;
  }

  /** What proposes new configurations after the portfolio. */
  public SamplerKind sampler() {
    return sampler;
  }

  /**
   * The most rows (training plus validation) at which top-fidelity trials are cross-validated; 0
   * means never.
   */
  public int crossValidationRows() {
    return crossValidationRows;
  }

  /** Whether the front's models are refitted on every row after the search. */
  public boolean refit() {
    return refit;
  }

  /** The warm-start portfolio the multi-fidelity schedulers evaluate first. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** The intensity series trials are charged by, if set. */
  public Optional<CarbonIntensitySeries> intensitySeries() {
    return intensitySeries;
  }

  /** The pause threshold, gCO2e/kWh, if set. */
  public OptionalDouble pauseAboveGramsPerKWh() {
    return pauseAboveGramsPerKWh;
  }

  /** The finish-by deadline, if set. */
  public Optional<Instant> finishBy() {
    return finishBy;
  }

  /** The replayed start time, if the search is a replay. */
  public Optional<Instant> startAt() {
    return startAt;
  }

  /** The injected search clock, if set. */
  public Optional<SearchClock> clock() {
    return clock;
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "SearchSettings[", "]");
    s.add("scheduler=" + scheduler.cliName());
    s.add("families=" + families.stream().map(ModelFamily::name).toList());
    s.add("eta=" + eta);
    s.add("minFidelity=" + minFidelity);
    s.add("objectives=" + objectives);
    s.add("tieBreak=" + tieBreak);
    s.add("region=" + intensity.regionCode());
    s.add("pue=" + pue.value());
    s.add("workers=" + workers);
    s.add("seed=" + seed);
    timeLimit.ifPresent(t -> s.add("timeLimit=" + t));
    perTrialTimeLimit.ifPresent(t -> s.add("perTrialTimeLimit=" + t));
    maxTrials.ifPresent(n -> s.add("maxTrials=" + n));
    outputDirectory.ifPresent(d -> s.add("outputDirectory=" + d));
    s.add("validationFraction=" + validationFraction);
    s.add("meter=" + meter.method());
    s.add("convergencePatience=" + convergencePatience);
    s.add("progressListener=" + (progressListener.isPresent() ? "set" : "none"));
    s.add("isolation=" + isolation);
    if (isolation == Isolation.PROCESS) {
      s.add("workerHeapMegabytes=" + workerHeapMegabytes);
    }
    s.add("machineShare=" + machineShare.fraction());
    s.add("includeEmbodied=" + includeEmbodied);
    cluster.ifPresent(c -> s.add("cluster=" + c.name() + c.members()));
    s.add("sampler=" + sampler.cliName());
    s.add("crossValidationRows=" + crossValidationRows);
    s.add("refit=" + refit);
    s.add("portfolio=" + portfolio.configurations().size() + " configurations from "
        + portfolio.learnedFrom().size() + " datasets");
    intensitySeries.ifPresent(series -> s.add("intensitySeries=" + series.source()));
    pauseAboveGramsPerKWh.ifPresent(g -> s.add("pauseAbove=" + g));
    finishBy.ifPresent(t -> s.add("finishBy=" + t));
    startAt.ifPresent(t -> s.add("startAt=" + t));
    clock.ifPresent(c -> s.add("clock=" + c.getClass().getSimpleName()));
    return s.toString();
  }

  /** Builds {@link SearchSettings}; the setters are {@link SettingsBuilder}'s. Not thread-safe. */
  public static final class Builder extends SettingsBuilder<Builder> {

    private Builder() {}

    private Builder(SearchSettings from) {
      super(from);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * The settings.
     *
     * @throws GreenAutoMLException for settings that conflict, naming both
     */
    public SearchSettings build() {
      return settings();
    }
  }
}
