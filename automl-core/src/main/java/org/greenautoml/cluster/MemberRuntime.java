package org.greenautoml.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.TrialModel;
import org.greenautoml.trial.worker.WorkerCodec;

/**
 * What a member keeps between tasks: the data of recent searches (by data key, a handful), its
 * own meter and carbon accountant, and its running trials. Trials run through {@link
 * MeteredTrialEvaluator} exactly as in-process (thread-scoped meter, same seeds), so a trial on a
 * member gives the metrics it gives locally; their cost is converted at the member's region and
 * PUE. Every {@value #TICK_MILLIS} ms the member publishes running trials' cost and picks up stop
 * requests. Thread-safe.
 */
final class MemberRuntime implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(MemberRuntime.class.getName());
  static final long TICK_MILLIS = 200;
  private static final int KEPT_DATA = 4;

  private final MemberSettings settings;
  private final EnergyMeter meter;
  private final CarbonAccountant accountant;
  private final Map<String, MeteredTrialEvaluator> evaluators =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MeteredTrialEvaluator> eldest) {
          return size() > KEPT_DATA;
        }
      };
  private final Map<String, StopSignal> running = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger trialsRun =
      new java.util.concurrent.atomic.AtomicInteger();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "greenautoml-member-tick");
    thread.setDaemon(true);
    return thread;
  });
  private volatile HazelcastInstance instance;
  private volatile String address = "";

  MemberRuntime(MemberSettings settings, EnergyMeter meter) {
    this.settings = settings;
    this.meter = meter;
    this.accountant = new CarbonAccountant(settings.intensity(),
        new Pue(settings.pue(), settings.pue() == 1.0 ? "own machine" : "given by the member"));
  }

  /** Starts publishing progress through {@code hazelcast}, the member this runtime serves. */
  void attach(HazelcastInstance hazelcast, String memberAddress) {
    this.instance = hazelcast;
    this.address = memberAddress;
    ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Answers one request from a driver. */
  String handle(String json, byte[] bytes) {
    JsonNode request = ClusterMessages.parse(json);
    String type = request.get("type").textValue();
    return switch (type) {
      case ClusterMessages.PROBE -> probe(ClusterMessages.text(request, "dataKey"));
      case ClusterMessages.DATA -> load(request, bytes);
      case ClusterMessages.TRIAL -> trial(request).toString();
      default -> throw new IllegalArgumentException(
          "cluster request type must be probe, data or trial, found " + type);
    };
  }

  private String probe(String dataKey) {
    ObjectNode answer = ClusterMessages.message(ClusterMessages.PROBE);
    synchronized (evaluators) {
      answer.put("has", evaluators.containsKey(dataKey));
    }
    return answer.toString();
  }

  private String load(JsonNode request, byte[] bytes) {
    String dataKey = ClusterMessages.text(request, "dataKey");
    synchronized (evaluators) {
      if (!evaluators.containsKey(dataKey)) {
        PreparedData data = WorkerCodec.decodeData(bytes);
        Map<String, ModelFamily> families = WorkerCodec.availableFamilies();
        evaluators.put(dataKey, new MeteredTrialEvaluator(data, families::get, meter, accountant,
            m -> ObjectiveVector.of(m.validationAccuracy()), request.path("seed").asLong(),
            model -> { })); // top-fidelity models go back in the result
        LOG.log(System.Logger.Level.INFO, "member {0} holds the data {1} ({2} bytes)",
            address, dataKey, bytes.length);
      }
    }
    return ClusterMessages.message(ClusterMessages.LOADED).toString();
  }

  private ObjectNode trial(JsonNode request) {
    String trialKey = ClusterMessages.text(request, "trialKey");
    Trial trial = WorkerCodec.trial(request.get("trial"));
    MeteredTrialEvaluator evaluator;
    synchronized (evaluators) {
      evaluator = evaluators.get(ClusterMessages.text(request, "dataKey"));
    }
    if (evaluator == null) {
      return answer(ClusterMessages.ERROR, 0).put("reason", "the member holds no data for "
          + request.get("dataKey").textValue() + "; send it first");
    }
    DoubleAccumulator spent = new DoubleAccumulator(Math::max, 0);
    StopSignal signal = StopSignal.relay(kg -> {
      spent.accumulate(kg);
      progressMap().ifPresent(map -> map.setAsync(trialKey, spent.get(), 10, TimeUnit.MINUTES));
    });
    running.put(trialKey, signal);
    trialsRun.incrementAndGet();
    try {
      TrialEvaluation evaluation = evaluator.evaluate(trial, signal);
      ObjectNode result = answer(ClusterMessages.RESULT, evaluation.costKgCO2e());
      result.set("metrics", evaluation.metrics().toJson());
      Optional<TrialModel> model = evaluator.removeModel(trial.id());
      if (request.path("trial").path("returnModel").asBoolean(false) && model.isPresent()) {
        result.put("model", WorkerCodec.encodeModel(model.get().model()));
      }
      return result;
    } catch (Exception | StackOverflowError | LinkageError e) {
      String type = signal.isStopRequested() ? ClusterMessages.STOPPED : ClusterMessages.ERROR;
      return answer(type, spent.get()).put("reason", e.getClass().getSimpleName() + ": "
          + e.getMessage());
    } finally {
      running.remove(trialKey);
      evaluator.removeModel(trial.id());
    }
  }

  private ObjectNode answer(String type, double kgCO2e) {
    ObjectNode node = ClusterMessages.message(type);
    node.put("kgCO2e", kgCO2e);
    node.put("member", address);
    node.put("region", settings.region());
    node.put("pue", settings.pue());
    node.put("gramsPerKWh", accountant.intensity().gramsCO2ePerKWh());
    return node;
  }

  private void tick() {
    try {
      synchronized (evaluators) {
        evaluators.values().forEach(MeteredTrialEvaluator::reportProgress);
      }
      Optional<IMap<String, String>> stops = stopMap();
      if (stops.isPresent() && !running.isEmpty()) {
        for (Map.Entry<String, StopSignal> trial : running.entrySet()) {
          String reason = stops.get().get(trial.getKey());
          if (reason != null) {
            trial.getValue().requestStop(reason);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "member tick failed", e);
    }
  }

  private Optional<IMap<String, Double>> progressMap() {
    HazelcastInstance hazelcast = instance;
    return hazelcast == null || !hazelcast.getLifecycleService().isRunning()
        ? Optional.empty() : Optional.of(hazelcast.getMap(HazelcastSetup.PROGRESS_MAP));
  }

  private Optional<IMap<String, String>> stopMap() {
    HazelcastInstance hazelcast = instance;
    return hazelcast == null || !hazelcast.getLifecycleService().isRunning()
        ? Optional.empty() : Optional.of(hazelcast.getMap(HazelcastSetup.STOP_MAP));
  }

  /** Trials this member has started. */
  int trialsRun() {
    return trialsRun.get();
  }

  /** Stops every running trial and the ticker. */
  @Override
  public void close() {
    running.values().forEach(s -> s.requestStop("the member is shutting down"));
    ticker.shutdownNow();
  }
}
