package org.greenautoml.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import org.greenautoml.BudgetStatement;
import org.greenautoml.MachineCharges;
import org.greenautoml.CarbonTimeline;
import org.greenautoml.Isolation;
import org.greenautoml.Provenance;
import org.greenautoml.SamplerKind;
import org.greenautoml.SchedulerKind;
import org.greenautoml.SearchObjective;
import org.greenautoml.SearchResult;
import org.greenautoml.SearchSettings;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.EncodingSchema;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.attribution.MachineHolding;
import org.greenautoml.energy.model.CpuIdentity;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.TimedEnergy;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.export.ModelStore;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.budget.SearchLimits;
import org.greenautoml.search.execute.ConvergenceRule;
import org.greenautoml.search.execute.SearchOutcome;
import org.greenautoml.search.execute.SearchRunner;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.search.journal.SearchHeader;
import org.greenautoml.search.journal.SearchJournal;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.ConditionalSpace;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.greenautoml.search.space.SpaceJson;
import org.greenautoml.search.timing.StartGate;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.internal.Refitter;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;

/**
 * One search of one engine over prepared data: builds the space, the scheduler, the ledger and the
 * evaluator, runs them, and assembles the result. Used once.
 */
public final class SearchRun {

  /** The fewest training rows the lowest rung of the ladder may train on. */
  static final int MIN_ROWS_AT_LOWEST_RUNG = 20;

  /**
   * The convergence rule's epsilon: a top-fidelity trial that improves no objective by more than
   * 5% of that objective's spread (log spread for energies) does not count as progress. Energy
   * readings vary by about 10% between identical trials, so a smaller epsilon would chase noise.
   */
  static final double CONVERGENCE_EPSILON = 0.05;

  /**
   * The share of the user's budget held back from trials. A trial running in a worker thread
   * cannot be interrupted, and the engine's overhead keeps accruing while the last trials run, so
   * trials are only started against 75% of the budget; the rest absorbs overhead and the error of
   * the cost predictor (whose estimates already include the overhead share observed so far). On
   * electricity (36k training rows, the hardest case in the tests) searches with in-thread trials
   * were seen to overrun their trial ledger by up to 17%. With {@link Isolation#THREAD} the cap
   * therefore holds as long as the last trials cost no more than about {@link #COST_SAFETY_FACTOR}
   * times their fitted estimate plus this reserve; with {@link Isolation#PROCESS} running workers
   * are killed when the budget is spent, and it holds to within one progress period.
   */
  static final double RESERVE_FRACTION = 0.25;

  /** The cost predictor's multiplier on its fitted estimate of a trial's cost. */
  static final double COST_SAFETY_FACTOR = 2.0;

  /**
   * How many of the best families (by their best validation accuracy at the lowest fidelity) must
   * have been tried at the top fidelity before the search may count as converged.
   */
  static final int FAMILIES_AT_TOP = 2;

  /**
   * Consecutive repeats after which a sampler without repeats counts as exhausted (a small discrete
   * space fully proposed).
   */
  static final int MAX_CONSECUTIVE_REPEATS = 1_000;

  private final SearchSettings settings;
  private final PreparedData data;
  private final DataIdentity identity;
  private final Optional<FeatureEncoder> encoder;
  private final Measurement process;
  private final Instant startedAt;

  SearchRun(
      SearchSettings settings,
      PreparedData data,
      DataIdentity identity,
      Optional<FeatureEncoder> encoder,
      Measurement process,
      Instant startedAt) {
    this.settings = settings;
    this.data = data;
    this.identity = identity;
    this.encoder = encoder;
    this.process = process;
    this.startedAt = startedAt;
  }

  public static SearchRun prepare(SearchSettings settings, org.greenautoml.data.TabularData table) {
    return DataPreparation.of(settings, table);
  }

  public static SearchRun prepare(SearchSettings settings, org.tribuo.Dataset<org.tribuo.classification.Label> dataset) {
    return DataPreparation.of(settings, dataset);
  }

  /**
   * Runs the search under a budget in kg CO2e: picks the families that apply, builds the space,
   * ladder, ledger and scheduler, opens the journal and the trial backend, runs the runner and
   * assembles the result.
   */
  public SearchResult execute(double budgetKgCO2e) {
    Map<String, String> skipped = new LinkedHashMap<>();
    Map<String, ModelFamily> applicable = applicableFamilies(skipped);
    requireLadderFits();
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    applicable.forEach((name, family) -> branches.put(name, family.space()));
    ConditionalSpace space = new ConditionalSpace(MeteredTrialEvaluator.FAMILY, branches);
    CarbonTiming timing = new CarbonTiming(settings);
    CarbonAccountant accountant = timing.accountant();
    StartGate gate = timing.gate(timing.clock().instant());
    CarbonLedger ledger = new CarbonLedger(budgetKgCO2e * (1 - RESERVE_FRACTION));
    Optional<ProgressReporter> progress =
        settings.progressListener().map(
            listener -> new ProgressReporter(listener, ledger, budgetKgCO2e));
    Runnable onTick = progress.<Runnable>map(p -> p::report).orElse(() -> {});
    try (SearchJournal journal = openJournal(space).orElse(null)) {
      OverheadAccount account = new OverheadAccount(
          ledger, accountant, Optional.ofNullable(journal), timing.clock());
      try (TrialBackend trials =
              TrialBackend.open(setup(applicable, accountant, account, timing));
          OverheadCharger overhead = new OverheadCharger(process, trials::reportProgress,
              trials::inProcessTrialJoules, account, onTick, holding(),
              settings.includeEmbodied())) {
        TrialEvaluator evaluator =
            progress.map(p -> p.tracking(trials.evaluator())).orElse(trials.evaluator());
        SearchOutcome outcome =
            runner(space, applicable, evaluator, ledger, budgetKgCO2e, overhead::overheadShare,
                journal, workers(trials), timing, gate).run();
        overhead.close();
        return result(outcome, budgetKgCO2e, ledger, accountant, account, account.totalJoules(),
            new Shares(overhead.staticJoules(), overhead.embodiedKgCO2e()), skipped,
            trials::model, applicable, timeline(outcome, accountant, account, timing));
      }
    }
  }

  /** The static and embodied shares of this process's run, kept apart for the report. */
  private record Shares(double staticJoules, double embodiedKgCO2e) {}

  private String sharesLine(Shares shares) {
    return holding().describe() + String.format(java.util.Locale.ROOT,
        "; this run: static %.4g J charged, embodied %.4g g CO2e %s", shares.staticJoules(),
        shares.embodiedKgCO2e() * 1000, settings.includeEmbodied() ? "charged" : "not charged");
  }

  /** What holding this machine costs beyond the trials: static and embodied shares. */
  private MachineHolding holding() {
    CpuIdentity cpu = CpuIdentity.detect();
    return MachineHolding.of(settings.meter(), cpu.threads(), cpu.virtualMachine(),
        settings.machineShare());
  }

  /** Trials at once: the settings', or a cluster's slots (capped by a workers setting). */
  private int workers(TrialBackend trials) {
    if (trials.slots().isEmpty()) {
      return settings.workers();
    }
    int slots = trials.slots().getAsInt();
    return Math.min(slots, settings.givenWorkers().orElse(slots));
  }

  /** The families that apply to the data, by name; the others go into {@code skipped}. */
  private Map<String, ModelFamily> applicableFamilies(Map<String, String> skipped) {
    Map<String, ModelFamily> applicable = new LinkedHashMap<>();
    for (ModelFamily family : settings.families()) {
      family
          .notApplicableReason(data.profile())
          .ifPresentOrElse(
              reason -> skipped.put(family.name(), reason),
              () -> applicable.put(family.name(), family));
    }
    if (applicable.isEmpty()) {
      throw new GreenAutoMLException(
          "no chosen model family applies to " + identity.name() + ": " + skipped);
    }
    return applicable;
  }

  /** kg CO2e per kWh where a trial ran: its cluster member's region and PUE, else the search's. */
  private static double kgPerKWhWhereRan(TrialRecord trial, double searchKgPerKWh) {
    return trial.metrics().map(m -> m.site())
        .filter(site -> !site.isLocal())
        .map(site -> new CarbonAccountant(
            org.greenautoml.energy.carbon.CarbonRegions.bundled().lookup(site.region()),
            new org.greenautoml.energy.carbon.Pue(site.pue(), "given by the member"))
            .kgCO2ePerKWh())
        .filter(kg -> kg > 0)
        .orElse(searchKgPerKWh);
  }

  private TrialSetup setup(Map<String, ModelFamily> applicable, CarbonAccountant accountant,
      OverheadAccount account, CarbonTiming timing) {
    return new TrialSetup(settings, data, applicable, Seeds.of(settings).trials(), accountant,
        this::objectiveVector, modelSaver(), account::charge, timing.clock());
  }

  private SearchRunner runner(
      ConditionalSpace space,
      Map<String, ModelFamily> applicable,
      TrialEvaluator evaluator,
      CarbonLedger ledger,
      double budgetKgCO2e,
      DoubleSupplier overheadShare,
      SearchJournal journal,
      int workers,
      CarbonTiming timing,
      StartGate gate) {
    Objectives objectives = objectives();
    FidelityLadder ladder =
        new FidelityLadder(settings.minFidelity(), 1.0, settings.eta());
    SearchRunner.Builder runner =
        SearchRunner.builder(
                settings.scheduler().scheduler(sampler(space), space, ladder,
                    new Promotion(objectives, settings.tieBreak()), Seeds.of(settings).scheduler(),
                    data.validationRows()),
                evaluator,
                ledger,
                new CostPredictor(budgetKgCO2e / 20, COST_SAFETY_FACTOR, overheadShare,
                    name -> applicable.get(name).costGrowthExponent()))
            .workers(workers)
            .limits(limits())
            .convergence(
                new ConvergenceRule(objectives, settings.convergencePatience(),
                    CONVERGENCE_EPSILON, 1.0, FAMILIES_AT_TOP, settings.convergencePatience()))
            .familyKeyOf(t -> t.configuration().getString(MeteredTrialEvaluator.FAMILY))
            .costScaleOf(t -> applicable.get(t.configuration()
                .getString(MeteredTrialEvaluator.FAMILY)).costScale(t.configuration()))
            .clock(timing.clock())
            .startGate(gate);
    if (settings.isolation() == Isolation.THREAD) {
      // worker processes enforce the limit themselves, by killing the worker
      settings.perTrialTimeLimit().ifPresent(runner::perTrialTimeLimit);
    }
    if (journal != null) {
      runner.journal(journal);
    }
    return runner.build();
  }

  /**
   * The multi-fidelity schedulers' sampler chain: the warm-start portfolio's configurations first
   * (those that belong to the space, in order), then the engine's sampler (TPE or random), never
   * the same configuration twice.
   */
  private Sampler sampler(ConditionalSpace space) {
    long seed = Seeds.of(settings).scheduler().of(Schedulers.SAMPLER);
    Sampler then = settings.sampler() == SamplerKind.TPE
        ? Samplers.tpe(space, seed) : Samplers.random(space, seed);
    return Samplers.withoutRepeats(
        Samplers.firstThen(space, portfolio(space), then), MAX_CONSECUTIVE_REPEATS);
  }

  /** The warm-start portfolio's configurations that belong to the space, best first. */
  private List<Configuration> portfolio(ConditionalSpace space) {
    return settings.portfolio().applicableTo(space);
  }

  private SearchResult result(
      SearchOutcome outcome,
      double budgetKgCO2e,
      CarbonLedger ledger,
      CarbonAccountant accountant,
      OverheadAccount account,
      double overheadJoules,
      Shares shares,
      Map<String, String> skipped,
      IntFunction<Optional<TrialModel>> trainedModels,
      Map<String, ModelFamily> applicable,
      Optional<CarbonTimeline> timeline) {
    List<TrialRecord> trials = outcome.outcomes().stream().map(TrialRecord::of).toList();
    double topFidelity = TrialFront.topFidelity(trials);
    List<TrialRecord> front = TrialFront.front(trials, topFidelity, settings.objectives());
    Map<Integer, TrialModel> models = new LinkedHashMap<>();
    for (TrialRecord member : front) {
      trainedModels.apply(member.id()).ifPresent(m -> models.put(member.id(), m));
    }
    Map<Integer, Refitter.Refit> refits =
        refits(front, models, applicable, budgetKgCO2e, ledger, account, accountant, topFidelity);
    refits.forEach((id, refit) -> models.put(id, refit.model()));
    double kgPerKWh = accountant.kgCO2ePerKWh();
    // at one intensity a trial's kWh is its cost over kg per kWh where it ran; charged by time, it
    // is its measured energy, a cluster member's static share included (a trial without one still
    // counts at the annual rate)
    boolean byTime = accountant.series().isPresent();
    double trialsKWh = trials.stream().mapToDouble(t -> byTime && t.metrics().isPresent()
            ? (t.metrics().get().trialJoules() + t.metrics().get().site().staticJoules())
                / EnergyReading.JOULES_PER_KWH
            : t.costKgCO2e() / kgPerKWhWhereRan(t, kgPerKWh)).sum()
        + refits.values().stream().mapToDouble(Refitter.Refit::kgCO2e).sum() / kgPerKWh;
    BudgetStatement budget =
        BudgetStatement.of(
            budgetKgCO2e,
            ledger.spentKgCO2e(),
            trialsKWh,
            overheadJoules / EnergyReading.JOULES_PER_KWH,
            new MachineCharges(
                Math.min(overheadJoules, shares.staticJoules()) / EnergyReading.JOULES_PER_KWH,
                shares.embodiedKgCO2e(),
                settings.includeEmbodied()));
    Provenance provenance =
        new Provenance(
            settings.seed(),
            identity.name(),
            identity.fingerprint(),
            identity.rows(),
            identity.features(),
            identity.classes(),
            settings.scheduler().cliName(),
            settings.objectives().stream().map(o -> o.objective().name()).toList(),
            settings.meter().method(),
            settings.meter().description() + "; " + sharesLine(shares),
            uncertainty(trials),
            settings.intensity(),
            settings.pue(),
            Provenance.currentVersions(),
            startedAt,
            Instant.now(),
            Optional.empty());
    return new SearchResult(
        trials, front, topFidelity, outcome.stopReason(), budget, provenance, skipped, models,
        encoder, gridConfigurations(applicable), Optional.empty(), refits.keySet(), timeline);
  }

  /** Refits the front's models on every row when the settings ask for it and the budget allows. */
  private Map<Integer, Refitter.Refit> refits(List<TrialRecord> front,
      Map<Integer, TrialModel> models, Map<String, ModelFamily> applicable, double budgetKgCO2e,
      CarbonLedger ledger, OverheadAccount account, CarbonAccountant accountant,
      double topFidelity) {
    if (!settings.refit() || topFidelity < 1.0) {
      return Map.of();
    }
    double rowsGrowth = data.allRowCount() / (double) data.trainingRows(1.0);
    Refitter refitter = new Refitter(data, applicable::get, settings.meter(), accountant,
        Seeds.of(settings).trials());
    Map<Integer, Refitter.Refit> refits = FinalModels.refit(front, models, refitter,
        member -> Math.pow(rowsGrowth, applicable.get(member.family()).costGrowthExponent()),
        () -> budgetKgCO2e - ledger.spentKgCO2e(), account::chargeKgCO2e);
    account.flush(); // journalled, so a resumed search still counts what the refits spent
    return refits;
  }

  /** The carbon timeline, when the search charged by time. */
  private static Optional<CarbonTimeline> timeline(SearchOutcome outcome,
      CarbonAccountant accountant, OverheadAccount overhead, CarbonTiming timing) {
    if (accountant.series().isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, Double> costs = new LinkedHashMap<>();
    Map<Integer, Double> joules = new LinkedHashMap<>();
    for (var o : outcome.outcomes()) {
      costs.put(o.trial().id(), o.costKgCO2e());
      TrialRecord.of(o).metrics().ifPresent(m -> joules.put(o.trial().id(), m.trialJoules()));
    }
    List<TimedEnergy> overheadSpans = new ArrayList<>(outcome.timing().overhead());
    overheadSpans.addAll(overhead.spans());
    return Optional.of(timing.timeline(accountant, outcome.timing().trialSpans(),
        outcome.timing().waits(), costs, joules, overheadSpans));
  }

  /** Per applied family, the configurations of its grid, for the report's grid estimate. */
  private static Map<String, Long> gridConfigurations(Map<String, ModelFamily> applicable) {
    Map<String, Long> grid = new LinkedHashMap<>();
    applicable.forEach((name, family) -> grid.put(
        name, family.space().gridSize(SchedulerKind.GRID_POINTS_PER_PARAMETER)));
    return grid;
  }

  /** The largest relative uncertainty of the trials' readings; empty when none measured. */
  private static OptionalDouble uncertainty(List<TrialRecord> trials) {
    return trials.stream()
        .flatMap(t -> t.metrics().stream())
        .mapToDouble(m -> m.relativeUncertainty())
        .max();
  }

  private void requireLadderFits() {
    int lowest = data.trainingRows(settings.minFidelity());
    if (lowest < MIN_ROWS_AT_LOWEST_RUNG) {
      throw new GreenAutoMLException(
          identity.name() + " has " + data.trainingRows(1.0) + " training rows, so the lowest"
              + " fidelity " + settings.minFidelity() + " trains on " + lowest + " rows; at least "
              + MIN_ROWS_AT_LOWEST_RUNG + " are needed: raise the lowest fidelity or use more rows");
    }
  }

  private Objectives objectives() {
    return Objectives.of(
        settings.objectives().stream().map(SearchObjective::objective).toArray(Objective[]::new));
  }

  private ObjectiveVector objectiveVector(org.greenautoml.trial.TrialMetrics metrics) {
    return ObjectiveVector.of(
        settings.objectives().stream().mapToDouble(o -> o.valueOf(metrics)).toArray());
  }

  /** Saves top-fidelity models into the output directory, when there is one. */
  /** Saves a top-fidelity model when there is an output directory; returns its size or -1. */
  private ToLongFunction<TrialModel> modelSaver() {
    Optional<EncodingSchema> encoding = encoder.map(FeatureEncoder::schema);
    return settings.outputDirectory().<ToLongFunction<TrialModel>>map(
            directory -> model -> fileSize(ModelStore.saveTrial(directory, model, encoding)))
        .orElse(model -> -1);
  }

  private static long fileSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private SearchLimits limits() {
    SearchLimits limits = SearchLimits.NONE;
    if (settings.timeLimit().isPresent()) {
      limits = limits.withWallTime(settings.timeLimit().get());
    }
    if (settings.maxTrials().isPresent()) {
      limits = limits.withMaxTrials(settings.maxTrials().getAsInt());
    }
    return limits;
  }

  private Optional<SearchJournal> openJournal(ConditionalSpace space) {
    if (settings.outputDirectory().isEmpty()) {
      return Optional.empty();
    }
    Path directory = settings.outputDirectory().get();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output directory " + directory, e);
    }
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("eta", settings.eta());
    configuration.put("min_fidelity", settings.minFidelity());
    configuration.put("objectives", settings.objectives().stream().map(Enum::name).toList());
    configuration.put("tie_break", settings.tieBreak().name());
    configuration.put("validation_fraction", settings.validationFraction());
    configuration.put("region", settings.intensity().regionCode());
    configuration.put("pue", settings.pue().value());
    configuration.put("seeds", Seeds.DERIVATION);
    SearchHeader header =
        new SearchHeader(
            settings.scheduler().cliName(),
            settings.seed(),
            identity.fingerprint(),
            SpaceJson.toJson(space),
            configuration);
    return Optional.of(
        SearchJournal.open(directory.resolve("journal.jsonl"), header, TrialMetrics.READER));
  }

  /** The data's name, fingerprint and shape, for provenance and the journal. */
  record DataIdentity(String name, String fingerprint, int rows, int features, int classes) {}
}
