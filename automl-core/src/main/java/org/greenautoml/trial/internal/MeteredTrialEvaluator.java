package org.greenautoml.trial.internal;

import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.family.BoostingRounds;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.SeedSplit;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Runs one trial under the energy meter: trains the configured family on the trial's nested
 * subsample, scores it on the validation rows and measures what both cost.
 *
 * <p>Everything runs in the calling worker thread and is metered with {@link MeterScope#THREAD},
 * so trials running side by side are each charged their own CPU time (families run native code,
 * such as XGBoost, with one thread in the caller). The trial's cost in kg CO2e is the footprint of
 * the whole trial, training, prediction and serialisation included. Models of trials are kept in
 * memory for the result. The family sees its data through {@link StopCheckingDataset}, so a trial
 * the search asks to stop (budget spent, time limit) ends at its next read of an example (next
 * tree of an ensemble, next validation row of k-NN) by throwing; the runner records it as stopped
 * with the energy it spent until then. The trial's energy is taken as spent evenly over its span
 * on the search clock, and converted at the intensity of that span when the accountant has an
 * intensity series ({@link #span(int)} keeps each trial's span). Thread-safe.
 */
public final class MeteredTrialEvaluator implements TrialEvaluator {

  /** The configuration key that names the family. */
  public static final String FAMILY = "family";

  private final PreparedData data;
  private final Function<String, ModelFamily> familiesByName;
  private final EnergyMeter meter;
  private final CarbonAccountant accountant;
  private final Function<TrialMetrics, ObjectiveVector> objectives;
  private final long seed;
  private final ToLongFunction<TrialModel> topFidelityModels;
  private final CrossValidation crossValidation;
  private final boolean modelSizeAtEveryRung;
  private final CrossValidation.Leaders leaders;
  private final Map<Integer, TrialModel> models = new ConcurrentHashMap<>();
  private final Map<Integer, Running> running = new ConcurrentHashMap<>();
  private final DoubleAdder finishedJoules = new DoubleAdder();
  private final Map<Integer, TimeSpan> spans = new ConcurrentHashMap<>();
  private volatile InstantSource clock = InstantSource.system();

  /**
   * A trial in flight. Readings taken from another thread can run a little ahead of the trial's
   * own final reading, so the cost reported to the stop signal only ever rises.
   */
  private static final class Running {
    private final Measurement measurement;
    private final StopSignal stop;
    private final Instant startedAt;
    private double reportedKgCO2e;

    Running(Measurement measurement, StopSignal stop, Instant startedAt) {
      this.measurement = measurement;
      this.stop = stop;
      this.startedAt = startedAt;
    }

    Measurement measurement() {
      return measurement;
    }

    synchronized void report(double kgCO2e) {
      if (kgCO2e > reportedKgCO2e) {
        reportedKgCO2e = kgCO2e;
        stop.reportCostSoFar(kgCO2e);
      }
    }
  }

  /**
   * An evaluator.
   *
   * @param data the prepared training and validation data
   * @param familiesByName resolves the {@value #FAMILY} value of a configuration
   * @param meter the energy meter
   * @param accountant converts the trial's energy into kg CO2e
   * @param objectives what the scheduler ranks, computed from a trial's metrics
   * @param seed the seed of the search's trials, split per configuration for each trial's own seed
   * @param topFidelityModels receives the model of every trial that succeeds at fidelity 1, inside
   *     the trial and so under its meter (the search saves them so that a resumed search still has
   *     the models of trials it replays)
   */
  public MeteredTrialEvaluator(
      PreparedData data,
      Function<String, ModelFamily> familiesByName,
      EnergyMeter meter,
      CarbonAccountant accountant,
      Function<TrialMetrics, ObjectiveVector> objectives,
      long seed,
      Consumer<TrialModel> topFidelityModels) {
    this(data, familiesByName, meter, accountant, objectives, seed, model -> {
          topFidelityModels.accept(model);
          return -1;
        }, CrossValidation.OFF, true);
  }

  /**
   * An evaluator that scores top-fidelity trials on small data by cross-validation (see {@link
   * CrossValidation}), and measures the serialised model's size only where it is needed: at the
   * top fidelity (the front's figures), or at every rung when an objective ranks on it. Below the
   * top the size is then -1 (unknown): serialising a large forest costs more than training it on
   * a small subsample. {@code topFidelityModels} saves each top-fidelity model and returns the
   * saved size in bytes (the model's serialised size, so it is not serialised twice), or -1 when
   * it saved nothing. Otherwise as above.
   */
  public MeteredTrialEvaluator(
      PreparedData data,
      Function<String, ModelFamily> familiesByName,
      EnergyMeter meter,
      CarbonAccountant accountant,
      Function<TrialMetrics, ObjectiveVector> objectives,
      long seed,
      ToLongFunction<TrialModel> topFidelityModels,
      CrossValidation crossValidation,
      boolean modelSizeAtEveryRung) {
    this.crossValidation = requireNonNull(crossValidation, "crossValidation");
    this.leaders = crossValidation.leaders();
    this.modelSizeAtEveryRung = modelSizeAtEveryRung;
    this.data = requireNonNull(data, "data");
    this.familiesByName = requireNonNull(familiesByName, "familiesByName");
    this.meter = requireNonNull(meter, "meter");
    this.accountant = requireNonNull(accountant, "accountant");
    this.objectives = requireNonNull(objectives, "objectives");
    this.seed = seed;
    this.topFidelityModels = requireNonNull(topFidelityModels, "topFidelityModels");
  }

  @Override
  public TrialEvaluation evaluate(Trial trial, StopSignal stop) {
    ModelFamily family = familiesByName.apply(trial.configuration().getString(FAMILY));
    Configuration parameters = withoutFamily(trial.configuration());
    Dataset<Label> train =
        StopCheckingDataset.of(data.trainingSubsample(family, trial.fidelity()), stop::isStopRequested);
    Dataset<Label> validation = StopCheckingDataset.of(data.validation(family), stop::isStopRequested);
    long started = System.nanoTime();
    Instant startedAt = clock.instant();
    Measurement whole = meter.start(MeterScope.THREAD);
    Running inFlight = new Running(whole, stop, startedAt);
    running.put(trial.id(), inFlight);
    try {
      Model<Label> model;
      EnergyReading training;
      try (Measurement measurement = meter.start(MeterScope.THREAD)) {
        model = family.train(train, validation, parameters, seedFor(trial.configuration()));
        training = measurement.stop();
      }
      List<Prediction<Label>> predictions;
      EnergyReading inference;
      try (Measurement measurement = meter.start(MeterScope.THREAD)) {
        predictions = model.predict(validation);
        inference = measurement.stop();
      }
      CrossValidation.Scores scores = new CrossValidation.Scores(
          List.of(ClassificationScores.of(validation, predictions)));
      if (crossValidation.appliesTo(data, trial.fidelity())
          && leaders.admits(scores.folds().get(0).accuracy())) {
        scores = crossValidation.score(data, family, parameters, seedFor(trial.configuration()),
            scores.folds().get(0), stop::isStopRequested);
        leaders.record(scores.meanAccuracy(), scores.folds().get(0).accuracy());
      }
      TrialModel trained =
          new TrialModel(trial.id(), family.name(), model, data.preprocessor(family));
      models.put(trial.id(), trained);
      if (stop.isStopRequested()) {
        throw new TrialStoppedException();
      }
      long modelSize = trial.fidelity() == 1.0 ? topFidelityModels.applyAsLong(trained) : -1;
      if (modelSize < 0 && (trial.fidelity() == 1.0 || modelSizeAtEveryRung)) {
        modelSize = family.serialize(model, stop::isStopRequested).getSerializedSize();
      }
      EnergyReading total = whole.stop();
      Instant endedAt = clock.instant();
      spans.put(trial.id(), new TimeSpan(startedAt, endedAt));
      TrialMetrics metrics =
          new TrialMetrics(
              train.size(),
              validation.size(),
              scores.meanAccuracy(),
              scores.meanBalancedAccuracy(),
              training.joules(),
              training.cpuTime().toNanos() / 1e9,
              inference.joules(),
              modelSize,
              (System.nanoTime() - started) / 1e9,
              total.joules(),
              total.method().name(),
              total.relativeUncertainty(),
              BoostingRounds.of(model).map(BoostingRounds::used).orElse(0),
              scores.folds().size(),
              scores.accuracyStandardError(),
              scores.folds().get(0).accuracy());
      return new TrialEvaluation(
          objectives.apply(metrics), accountant.footprintOf(total, startedAt, endedAt).kgCO2e(),
          metrics);
    } finally {
      EnergyReading spent = whole.stop();
      Instant now = clock.instant();
      spans.putIfAbsent(trial.id(), new TimeSpan(startedAt, now));
      running.remove(trial.id());
      finishedJoules.add(spent.joules());
      inFlight.report(accountant.footprintOf(spent, startedAt, now).kgCO2e());
    }
  }

  /**
   * Reports every running trial's cost so far to its stop signal, so that the ledger sees spending
   * while trials run; called periodically by the search.
   */
  public void reportProgress() {
    Instant now = clock.instant();
    running.values().forEach(r -> r.report(
        accountant.footprintOf(r.measurement().current(), r.startedAt, now).kgCO2e()));
  }

  /**
   * Sets the clock trials are timed by (default: the system clock); call before the search starts.
   */
  public MeteredTrialEvaluator withClock(InstantSource value) {
    clock = requireNonNull(value, "clock");
    return this;
  }

  /** The span of the search clock a trial ran in, once it has ended, while this evaluator lives. */
  public Optional<TimeSpan> span(int trialId) {
    return Optional.ofNullable(spans.get(trialId));
  }

  /** Energy metered by trials so far, finished and running, in joules. */
  public double meteredJoules() {
    return finishedJoules.sum()
        + running.values().stream().mapToDouble(r -> r.measurement().current().joules()).sum();
  }

  /** The model a finished trial trained, while this evaluator lives. */
  public Optional<TrialModel> model(int trialId) {
    return Optional.ofNullable(models.get(trialId));
  }

  /** Removes and returns the model a finished trial trained (a worker process hands it on). */
  public Optional<TrialModel> removeModel(int trialId) {
    return Optional.ofNullable(models.remove(trialId));
  }

  /**
   * The seed of one trial's training: split from the trials' seed by the configuration's {@link
   * Configuration#stableHash()}, so that a configuration trains with the same seed at every
   * fidelity, in every run with the same root seed, in-process or in a worker.
   */
  private long seedFor(Configuration configuration) {
    return seedFor(seed, configuration);
  }

  /** The seed of one trial's training for a configuration, from the trials' seed. */
  static long seedFor(long seed, Configuration configuration) {
    return SeedSplit.mix(seed ^ SeedSplit.mix(configuration.stableHash()));
  }

  static Configuration withoutFamily(Configuration configuration) {
    Map<String, Object> values = new LinkedHashMap<>(configuration.values());
    values.remove(FAMILY);
    return Configuration.of(values);
  }
}
