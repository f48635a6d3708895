package org.greenautoml.trial.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.space.SpaceJson;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.TrialModel;

/**
 * The worker's side of the protocol: one session per worker JVM, one trial at a time. Trials run
 * through {@link MeteredTrialEvaluator}, exactly as in-process, under a {@link MeterScope#PROCESS}
 * measurement that is the trial's charged energy.
 */
final class WorkerSession {

  private final PrintStream out;
  private final EnergyMeter meter = EnergyMeters.detect();
  private final Measurement life = meter.start(MeterScope.PROCESS);
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "greenautoml-worker-progress");
            thread.setDaemon(true);
            return thread;
          });
  private MeteredTrialEvaluator evaluator;
  private double accountedJoules;

  WorkerSession(PrintStream out) {
    this.out = out;
  }

  void serve(BufferedReader in) throws IOException {
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Optional<JsonNode> message = WorkerProtocol.parse(line);
        if (message.isEmpty()) {
          continue;
        }
        String type = message.get().path("type").asText();
        if (type.equals(WorkerProtocol.SHUTDOWN)) {
          return;
        }
        if (!handle(type, message.get())) {
          return;
        }
      }
    } finally {
      timer.shutdownNow();
      life.stop();
    }
  }

  /** Handles one message; false when the worker must end. */
  private boolean handle(String type, JsonNode message) {
    try {
      WorkerProtocol.requireVersion(message);
      if (type.equals(WorkerProtocol.INIT)) {
        init(message);
      } else if (type.equals(WorkerProtocol.TRIAL)) {
        trial(message);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      ObjectNode fatal = WorkerProtocol.message(WorkerProtocol.FATAL);
      fatal.put("reason", e.getClass().getSimpleName() + ": " + e.getMessage());
      send(fatal);
      return false;
    }
  }

  private void init(JsonNode message) throws IOException {
    PreparedData data = WorkerData.read(Path.of(WorkerProtocol.text(message, "dataFile")));
    Map<String, ModelFamily> families = WorkerFamilies.available();
    for (JsonNode name : message.get("families")) {
      if (!families.containsKey(name.asText())) {
        throw new IllegalArgumentException("the worker knows no model family " + name.asText()
            + "; known: " + families.keySet());
      }
    }
    CarbonAccountant unused = new CarbonAccountant(CarbonRegions.bundled().world(), Pue.ownMachine());
    evaluator = new MeteredTrialEvaluator(data, families::get, meter, unused,
        m -> ObjectiveVector.of(m.validationAccuracy()), message.get("seed").longValue(),
        model -> { }); // top-fidelity models go back to the engine in the result message
    ObjectNode ready = WorkerProtocol.message(WorkerProtocol.READY);
    ready.put("pid", ProcessHandle.current().pid());
    accountedJoules = life.current().joules();
    ready.put("startupJoules", accountedJoules);
    send(ready);
  }

  private void trial(JsonNode message) {
    if (evaluator == null) {
      throw new IllegalStateException("a trial arrived before init");
    }
    int id = message.get("trialId").intValue();
    Trial trial = new Trial(id, SpaceJson.configurationFromJson(message.get("configuration")),
        message.get("rung").intValue(), WorkerProtocol.number(message, "fidelity"),
        message.get("bracket").intValue());
    double idle = Math.max(0, life.current().joules() - accountedJoules);
    Measurement measurement = meter.start(MeterScope.PROCESS);
    ScheduledFuture<?> progress = timer.scheduleAtFixedRate(() -> progress(id, measurement),
        WorkerProtocol.PROGRESS_PERIOD_MILLIS, WorkerProtocol.PROGRESS_PERIOD_MILLIS,
        TimeUnit.MILLISECONDS);
    ObjectNode reply;
    try {
      TrialEvaluation evaluation = evaluator.evaluate(trial, StopSignal.detached());
      reply = result(id, evaluation, measurement.stop(), idle,
          message.path("returnModel").asBoolean(false));
    } catch (Exception | StackOverflowError | LinkageError e) {
      reply = WorkerProtocol.message(WorkerProtocol.ERROR);
      reply.put("trialId", id);
      reply.put("reason", e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      progress.cancel(false);
      measurement.stop();
      evaluator.removeModel(id);
    }
    accountedJoules = life.current().joules();
    send(reply);
  }

  private ObjectNode result(
      int id, TrialEvaluation evaluation, EnergyReading reading, double idle, boolean withModel) {
    ObjectNode reply = WorkerProtocol.message(WorkerProtocol.RESULT);
    reply.put("trialId", id);
    reply.set("metrics", evaluation.metrics().toJson());
    reply.put("processJoules", reading.joules());
    reply.put("energyMethod", reading.method().name());
    reply.put("relativeUncertainty", reading.relativeUncertainty());
    reply.put("idleJoules", idle);
    if (withModel) {
      Optional<TrialModel> model = evaluator.removeModel(id);
      model.ifPresent(m -> reply.put("model",
          Base64.getEncoder().encodeToString(m.model().serialize().toByteArray())));
    }
    return reply;
  }

  private void progress(int id, Measurement measurement) {
    ObjectNode node = WorkerProtocol.message(WorkerProtocol.PROGRESS);
    node.put("trialId", id);
    node.put("joules", measurement.current().joules());
    send(node);
  }

  private synchronized void send(JsonNode message) {
    out.println(message.toString());
    out.flush();
  }
}
