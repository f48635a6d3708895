package org.greenautoml.trial.worker;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.search.execute.TrialFailedException;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.space.SpaceJson;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;

/**
 * A pool of worker JVMs that evaluates trials out of process (wire format and energy accounting in
 * {@link org.greenautoml.trial.worker}). Workers start on demand, at most one per trial running at
 * once, and are reused; a worker whose trial runs out of memory, crashes, overruns the time limit
 * or is stopped by the search (budget exhausted) is killed, and the evaluation throws a {@link
 * TrialFailedException} whose message is the reason (the runner records a trial the search asked
 * to stop as stopped, the others as failed). Thread-safe; {@link #close()} ends every
 * worker and deletes the data file.
 */
public final class TrialWorkers implements TrialEvaluator, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(TrialWorkers.class.getName());
  private static final long POLL_MILLIS = 50;
  private static final long START_TIMEOUT_MILLIS = 120_000;

  /**
   * How the pool runs its workers.
   *
   * @param heapMegabytes each worker's heap cap ({@code -Xmx}), at least 64
   * @param trialTimeLimit the longest one trial may run before its worker is killed
   */
  public record Settings(int heapMegabytes, Optional<Duration> trialTimeLimit) {
    /** Validates. */
    public Settings {
      if (heapMegabytes < 64) {
        throw new IllegalArgumentException(
            "worker heap cap must be at least 64 MB, found " + heapMegabytes);
      }
      requireNonNull(trialTimeLimit, "trialTimeLimit");
    }
  }

  private final Path dataFile;
  private final PreparedData data;
  private final Map<String, ModelFamily> families;
  private final long seed;
  private final Settings settings;
  private final CarbonAccountant accountant;
  private final Function<TrialMetrics, ObjectiveVector> objectives;
  private final DoubleConsumer overheadJoules;
  private final Queue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();
  private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
  private final Map<Integer, TrialModel> models = new ConcurrentHashMap<>();

  private TrialWorkers(Path dataFile, PreparedData data, Map<String, ModelFamily> families,
      long seed, Settings settings, CarbonAccountant accountant,
      Function<TrialMetrics, ObjectiveVector> objectives, DoubleConsumer overheadJoules) {
    this.dataFile = dataFile;
    this.data = data;
    this.families = families;
    this.seed = seed;
    this.settings = settings;
    this.accountant = accountant;
    this.objectives = objectives;
    this.overheadJoules = overheadJoules;
  }

  /**
   * A pool for one search: writes the prepared data for the workers to read.
   *
   * @param families the families of the search, by name; each must be runnable in a worker
   * @param seed the search's seed (each trial's own seed is derived from it, as in-process)
   * @param overheadJoules receives the workers' energy outside trials, to charge as overhead
   * @throws IllegalArgumentException naming a family that a worker could not run
   */
  public static TrialWorkers start(PreparedData data, Map<String, ModelFamily> families, long seed,
      Settings settings, CarbonAccountant accountant,
      Function<TrialMetrics, ObjectiveVector> objectives, DoubleConsumer overheadJoules) {
    for (ModelFamily family : families.values()) {
      WorkerFamilies.unavailableReason(family).ifPresent(reason -> {
        throw new IllegalArgumentException(reason);
      });
    }
    try {
      Path file = Files.createTempFile("greenautoml-worker-data", ".jsonl");
      WorkerData.write(data, file);
      return new TrialWorkers(file, data, Map.copyOf(families), seed, settings, accountant,
          objectives, overheadJoules);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the data file for the trial workers", e);
    }
  }

  /** Why a worker process could not run {@code family}, if it could not. */
  public static Optional<String> unavailableReason(ModelFamily family) {
    return WorkerFamilies.unavailableReason(requireNonNull(family, "family"));
  }

  @Override
  public TrialEvaluation evaluate(Trial trial, StopSignal stop) throws InterruptedException {
    WorkerProcess worker = acquire();
    Exchange exchange = new Exchange(trial, stop, worker);
    try {
      if (!worker.send(request(trial))) {
        throw new TrialFailedException(worker.deathReason());
      }
      return exchange.await();
    } finally {
      if (exchange.workerUsable) {
        idle.add(worker);
      } else {
        worker.kill();
        live.remove(worker);
      }
    }
  }

  /** The model of a finished top-fidelity trial, while this pool lives. */
  public Optional<TrialModel> model(int trialId) {
    return Optional.ofNullable(models.get(trialId));
  }

  @Override
  public void close() {
    for (WorkerProcess worker = idle.poll(); worker != null; worker = idle.poll()) {
      worker.shutdown();
      live.remove(worker);
    }
    new ArrayList<>(live).forEach(WorkerProcess::kill);
    live.clear();
    try {
      Files.deleteIfExists(dataFile);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot delete the worker data file " + dataFile, e);
    }
  }

  private ObjectNode request(Trial trial) {
    ObjectNode message = WorkerProtocol.message(WorkerProtocol.TRIAL);
    message.put("trialId", trial.id());
    message.set("configuration", SpaceJson.toJson(trial.configuration()));
    message.put("fidelity", trial.fidelity());
    message.put("rung", trial.rung());
    message.put("bracket", trial.bracket());
    message.put("returnModel", trial.fidelity() >= 1.0);
    return message;
  }

  private WorkerProcess acquire() throws InterruptedException {
    WorkerProcess worker = idle.poll();
    return worker != null ? worker : startWorker();
  }

  private WorkerProcess startWorker() throws InterruptedException {
    WorkerProcess worker = WorkerProcess.start(WorkerCommand.of(settings.heapMegabytes()),
        settings.heapMegabytes());
    live.add(worker);
    ObjectNode init = WorkerProtocol.message(WorkerProtocol.INIT);
    init.put("dataFile", dataFile.toString());
    init.put("seed", seed);
    families.keySet().forEach(init.putArray("families")::add);
    boolean ready = false;
    try {
      if (!worker.send(init)) {
        throw new TrialFailedException("worker failed to start: " + worker.deathReason());
      }
      long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
      while (System.currentTimeMillis() < deadline) {
        Optional<Optional<JsonNode>> next = worker.poll(POLL_MILLIS);
        if (next.isEmpty()) {
          continue;
        }
        JsonNode message = next.get().orElseThrow(() ->
            new TrialFailedException("worker failed to start: " + worker.deathReason()));
        String type = message.path("type").asText();
        if (type.equals(WorkerProtocol.READY)) {
          chargeOverhead(message.path("startupJoules").asDouble(0));
          ready = true;
          return worker;
        }
        if (type.equals(WorkerProtocol.FATAL)) {
          throw new TrialFailedException("worker failed to start: " + message.path("reason").asText());
        }
      }
      throw new TrialFailedException("worker did not start within "
          + START_TIMEOUT_MILLIS / 1000 + " s; killed");
    } finally {
      if (!ready) {
        worker.kill();
        live.remove(worker);
      }
    }
  }

  private void chargeOverhead(double joules) {
    if (joules > 0 && Double.isFinite(joules)) {
      overheadJoules.accept(joules);
    }
  }

  private double kgCO2e(double joules) {
    return accountant.footprintOf(joules / EnergyReading.JOULES_PER_KWH).kgCO2e();
  }

  /** One trial's conversation with its worker. */
  private final class Exchange {
    private final Trial trial;
    private final StopSignal stop;
    private final WorkerProcess worker;
    private final long startNanos = System.nanoTime();
    private double reportedKgCO2e;
    /** Whether the worker answered and may run the next trial. */
    private boolean workerUsable;

    Exchange(Trial trial, StopSignal stop, WorkerProcess worker) {
      this.trial = trial;
      this.stop = stop;
      this.worker = worker;
    }

    TrialEvaluation await() throws InterruptedException {
      while (true) {
        checkLimits();
        Optional<Optional<JsonNode>> next = worker.poll(POLL_MILLIS);
        if (next.isEmpty()) {
          continue;
        }
        JsonNode message =
            next.get().orElseThrow(() -> new TrialFailedException(worker.deathReason()));
        if (message.path("trialId").asInt(-1) != trial.id()) {
          continue;
        }
        switch (message.path("type").asText()) {
          case WorkerProtocol.PROGRESS -> report(kgCO2e(message.path("joules").asDouble(0)));
          case WorkerProtocol.RESULT -> {
            workerUsable = true;
            return evaluation(message);
          }
          case WorkerProtocol.ERROR -> {
            workerUsable = true;
            throw new TrialFailedException(message.path("reason").asText());
          }
          default -> LOG.log(System.Logger.Level.DEBUG, "unexpected worker message {0}", message);
        }
      }
    }

    private void checkLimits() {
      Optional<Duration> limit = settings.trialTimeLimit();
      if (limit.isPresent() && System.nanoTime() - startNanos >= limit.get().toNanos()) {
        worker.kill();
        throw new TrialFailedException("trial exceeded its time limit of "
            + seconds(limit.get()) + " s; worker killed");
      }
      if (stop.isStopRequested()) {
        worker.kill();
        throw new TrialFailedException("worker killed on the search's request");
      }
    }

    private void report(double kg) {
      if (kg > reportedKgCO2e) {
        reportedKgCO2e = kg;
        stop.reportCostSoFar(kg);
      }
    }

    private TrialEvaluation evaluation(JsonNode message) {
      chargeOverhead(message.path("idleJoules").asDouble(0));
      TrialMetrics metrics = TrialMetrics.fromJson(message.path("metrics"));
      double kg = kgCO2e(WorkerProtocol.number(message, "processJoules"));
      report(kg);
      if (message.hasNonNull("model")) {
        String family = trial.configuration().getString(MeteredTrialEvaluator.FAMILY);
        ModelFamily modelFamily = families.get(family);
        models.put(trial.id(), new TrialModel(trial.id(), family,
            WorkerModels.decode(message.get("model").textValue()), data.preprocessor(modelFamily)));
      }
      return new TrialEvaluation(objectives.apply(metrics), kg, metrics);
    }
  }

  private static String seconds(Duration duration) {
    double seconds = duration.toMillis() / 1000.0;
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }
}
