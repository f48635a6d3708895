package org.greenautoml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.greenautoml.data.EncodingSchema;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonAccountant;
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
import org.greenautoml.search.space.ConditionalSpace;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.search.space.SpaceJson;
import org.greenautoml.search.timing.StartGate;
import org.greenautoml.trial.MeteredTrialEvaluator;
import org.greenautoml.trial.PreparedData;
import org.greenautoml.trial.TrialModel;

/**
 * One search of one engine over prepared data: builds the space, the scheduler, the ledger and the
 * evaluator, runs them, and assembles the result. Used once.
 */
final class SearchRun {

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

  private final GreenAutoML engine;
  private final PreparedData data;
  private final DataIdentity identity;
  private final Optional<FeatureEncoder> encoder;
  private final Measurement process;
  private final Instant startedAt;

  SearchRun(
      GreenAutoML engine,
      PreparedData data,
      DataIdentity identity,
      Optional<FeatureEncoder> encoder,
      Measurement process,
      Instant startedAt) {
    this.engine = engine;
    this.data = data;
    this.identity = identity;
    this.encoder = encoder;
    this.process = process;
    this.startedAt = startedAt;
  }

  static SearchRun prepare(GreenAutoML engine, org.greenautoml.data.TabularData table) {
    return DataPreparation.of(engine, table);
  }

  static SearchRun prepare(GreenAutoML engine, org.tribuo.Dataset<org.tribuo.classification.Label> dataset) {
    return DataPreparation.of(engine, dataset);
  }

  SearchResult execute(double budgetKgCO2e) {
    Map<String, String> skipped = new LinkedHashMap<>();
    Map<String, ModelFamily> applicable = new LinkedHashMap<>();
    for (ModelFamily family : engine.families) {
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
    requireLadderFits();
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    applicable.forEach((name, family) -> branches.put(name, family.space()));
    ConditionalSpace space = new ConditionalSpace(MeteredTrialEvaluator.FAMILY, branches);
    Objectives objectives = objectives();
    FidelityLadder ladder = new FidelityLadder(engine.minFidelity, 1.0, engine.eta);
    CarbonTiming timing = new CarbonTiming(engine);
    CarbonAccountant accountant = timing.accountant();
    StartGate gate = timing.gate(timing.clock().instant());
    CarbonLedger ledger = new CarbonLedger(budgetKgCO2e * (1 - RESERVE_FRACTION));
    Optional<ProgressReporter> progress =
        engine.progressListener.map(
            listener -> new ProgressReporter(listener, ledger, budgetKgCO2e));
    Runnable onTick = progress.<Runnable>map(p -> p::report).orElse(() -> {});
    try (SearchJournal journal = openJournal(space).orElse(null);
        TrialBackend trials = backend(applicable,
            new OverheadAccount(ledger, accountant, Optional.ofNullable(journal), timing.clock()),
            timing);
        OverheadCharger overhead = new OverheadCharger(process, trials.reportProgress(),
            trials.inProcessTrialJoules(), trials.overheadAccount(), onTick)) {
      TrialEvaluator evaluator =
          progress.map(p -> p.tracking(trials.evaluator())).orElse(trials.evaluator());
      SearchRunner.Builder runner =
          SearchRunner.builder(
                  SchedulerFactory.create(
                      engine, space, ladder, new Promotion(objectives, engine.tieBreak)),
                  evaluator,
                  ledger,
                  new CostPredictor(
                      budgetKgCO2e / 20, COST_SAFETY_FACTOR, overhead::overheadShare))
              .workers(engine.workers)
              .limits(limits())
              .convergence(
                  new ConvergenceRule(
                      objectives, engine.convergencePatience, CONVERGENCE_EPSILON, 1.0))
              .familyKeyOf(t -> t.configuration().getString(MeteredTrialEvaluator.FAMILY))
              .clock(timing.clock())
              .startGate(gate);
      if (engine.isolation == Isolation.THREAD) {
        // worker processes enforce the limit themselves, by killing the worker
        engine.perTrialTimeLimit.ifPresent(runner::perTrialTimeLimit);
      }
      if (journal != null) {
        runner.journal(journal);
      }
      SearchOutcome outcome = runner.build().run();
      overhead.close();
      return result(outcome, budgetKgCO2e, ledger, accountant,
          trials.overheadAccount().totalJoules(), skipped, trials.models(),
          timeline(outcome, accountant, trials.overheadAccount()));
    }
  }

  private TrialBackend backend(
      Map<String, ModelFamily> applicable, OverheadAccount overhead, CarbonTiming timing) {
    if (engine.isolation == Isolation.PROCESS) {
      return TrialBackend.workers(engine, data, applicable, overhead, this::objectiveVector);
    }
    return TrialBackend.inProcess(new MeteredTrialEvaluator(
        data, applicable::get, engine.meter, overhead.accountant(), this::objectiveVector,
        engine.seed, modelSaver()).withClock(timing.clock()), overhead);
  }

  private SearchResult result(
      SearchOutcome outcome,
      double budgetKgCO2e,
      CarbonLedger ledger,
      CarbonAccountant accountant,
      double overheadJoules,
      Map<String, String> skipped,
      IntFunction<Optional<TrialModel>> trainedModels,
      Optional<CarbonTimeline> timeline) {
    List<TrialRecord> trials = outcome.outcomes().stream().map(TrialRecord::of).toList();
    double topFidelity = FrontSelection.topFidelity(trials);
    List<TrialRecord> front = FrontSelection.front(trials, topFidelity, engine.objectives);
    Map<Integer, TrialModel> models = new LinkedHashMap<>();
    for (TrialRecord member : front) {
      trainedModels.apply(member.id()).ifPresent(m -> models.put(member.id(), m));
    }
    double kgPerKWh = accountant.footprintOf(1.0).kgCO2e();
    // at one intensity a trial's kWh is its cost over kg per kWh; charged by time, it is its
    // measured energy (a trial without one still counts at the annual rate)
    boolean byTime = accountant.series().isPresent();
    double trialsKWh = trials.stream().mapToDouble(t -> byTime && t.metrics().isPresent()
        ? t.metrics().get().trialJoules() / EnergyReading.JOULES_PER_KWH
        : t.costKgCO2e() / kgPerKWh).sum();
    BudgetStatement budget =
        new BudgetStatement(
            budgetKgCO2e,
            ledger.spentKgCO2e(),
            trialsKWh,
            overheadJoules / EnergyReading.JOULES_PER_KWH);
    Provenance provenance =
        new Provenance(
            engine.seed,
            identity.name(),
            identity.fingerprint(),
            identity.rows(),
            identity.features(),
            identity.classes(),
            engine.scheduler.cliName(),
            engine.objectives.stream().map(o -> o.objective().name()).toList(),
            engine.meter.method(),
            engine.meter.description(),
            outcome.outcomes().isEmpty() ? Double.NaN : uncertainty(trials),
            engine.intensity,
            engine.pue,
            Provenance.currentVersions(),
            startedAt,
            Instant.now());
    return new SearchResult(
        trials, front, topFidelity, outcome.stopReason(), budget, provenance, skipped, models,
        encoder, timeline);
  }

  /** The carbon timeline, when the search charged by time. */
  private Optional<CarbonTimeline> timeline(
      SearchOutcome outcome, CarbonAccountant accountant, OverheadAccount overhead) {
    if (accountant.series().isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, Double> costs = new LinkedHashMap<>();
    Map<Integer, Double> joules = new LinkedHashMap<>();
    for (var o : outcome.outcomes()) {
      costs.put(o.trial().id(), o.costKgCO2e());
      TrialRecord record = TrialRecord.of(o);
      record.metrics().ifPresent(m -> joules.put(o.trial().id(), m.trialJoules()));
    }
    List<org.greenautoml.energy.carbon.TimedEnergy> overheadSpans =
        new java.util.ArrayList<>(outcome.timing().overhead());
    overheadSpans.addAll(overhead.spans());
    return Optional.of(CarbonTimeline.of(
        new CarbonTimeline.Policies(engine.pauseAboveGramsPerKWh, engine.finishBy, engine.startAt),
        accountant, outcome.timing().trialSpans(), outcome.timing().waits(), costs, joules,
        overheadSpans));
  }

  private static double uncertainty(List<TrialRecord> trials) {
    return trials.stream()
        .flatMap(t -> t.metrics().stream())
        .mapToDouble(m -> m.relativeUncertainty())
        .max()
        .orElse(Double.NaN);
  }

  private void requireLadderFits() {
    int lowest = data.trainingRows(engine.minFidelity);
    if (lowest < MIN_ROWS_AT_LOWEST_RUNG) {
      throw new GreenAutoMLException(
          identity.name() + " has " + data.trainingRows(1.0) + " training rows, so the lowest"
              + " fidelity " + engine.minFidelity + " trains on " + lowest + " rows; at least "
              + MIN_ROWS_AT_LOWEST_RUNG + " are needed: raise the lowest fidelity or use more rows");
    }
  }

  private Objectives objectives() {
    return Objectives.of(
        engine.objectives.stream().map(SearchObjective::objective).toArray(Objective[]::new));
  }

  private ObjectiveVector objectiveVector(org.greenautoml.trial.TrialMetrics metrics) {
    return ObjectiveVector.of(
        engine.objectives.stream().mapToDouble(o -> o.valueOf(metrics)).toArray());
  }

  /** Saves top-fidelity models into the output directory, when there is one. */
  private Consumer<TrialModel> modelSaver() {
    Optional<EncodingSchema> encoding = encoder.map(FeatureEncoder::schema);
    return engine.outputDirectory.<Consumer<TrialModel>>map(
            directory -> model -> ModelStore.saveTrial(directory, model, encoding))
        .orElse(model -> {});
  }

  private SearchLimits limits() {
    SearchLimits limits = SearchLimits.NONE;
    if (engine.timeLimit.isPresent()) {
      limits = limits.withWallTime(engine.timeLimit.get());
    }
    if (engine.maxTrials.isPresent()) {
      limits = limits.withMaxTrials(engine.maxTrials.getAsInt());
    }
    return limits;
  }

  private Optional<SearchJournal> openJournal(ConditionalSpace space) {
    if (engine.outputDirectory.isEmpty()) {
      return Optional.empty();
    }
    Path directory = engine.outputDirectory.get();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output directory " + directory, e);
    }
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("eta", engine.eta);
    configuration.put("min_fidelity", engine.minFidelity);
    configuration.put("objectives", engine.objectives.stream().map(Enum::name).toList());
    configuration.put("tie_break", engine.tieBreak.name());
    configuration.put("validation_fraction", engine.validationFraction);
    configuration.put("region", engine.intensity.regionCode());
    configuration.put("pue", engine.pue.value());
    SearchHeader header =
        new SearchHeader(
            engine.scheduler.cliName(),
            engine.seed,
            identity.fingerprint(),
            SpaceJson.toJson(space),
            configuration);
    return Optional.of(SearchJournal.open(directory.resolve("journal.jsonl"), header));
  }

  /** The data's name, fingerprint and shape, for provenance and the journal. */
  record DataIdentity(String name, String fingerprint, int rows, int features, int classes) {}
}
