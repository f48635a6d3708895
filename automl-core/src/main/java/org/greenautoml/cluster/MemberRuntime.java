package org.greenautoml.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.energy.model.CpuIdentity;
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
 * PUE, and includes the member's static share while the trial runs ({@link #slotIdleWatts}).
 *
 * <p>The hard cap: a driver asks for its running trials' cost so far every overhead period
 * ({@code progress}; the member reads its meter at that moment), and its ledger charges it as the
 * in-process backend's does; a {@code stop} from the driver stops its trial at once (the trial
 * ends at its next example read). A stop that overtakes its trial (they travel on different
 * executors) is kept and applied when the trial starts. Both are answered from this member's own
 * state: no partitioned Hazelcast structure is on the path (with Java deserialization denied, a
 * member cannot read another member's error responses, such as the {@code WrongTargetException}
 * of a partition in migration, so a blocking map read can hang for the operation timeout).
 * Thread-safe.
 */
final class MemberRuntime implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(MemberRuntime.class.getName());
  private static final int KEPT_DATA = 4;
  /** Stops kept for trials that have not started (or have ended already), the newest first. */
  private static final int KEPT_STOPS = 1024;

  private final MemberSettings settings;
  private final EnergyMeter meter;
  private final CarbonAccountant accountant;
  private final double slotIdleWatts;
  private final Map<String, MeteredTrialEvaluator> evaluators =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MeteredTrialEvaluator> eldest) {
          return size() > KEPT_DATA;
        }
      };
  private final Map<String, RunningTrial> running = new ConcurrentHashMap<>();
  private final Map<String, String> earlyStops = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > KEPT_STOPS;
        }
      });
  private final AtomicInteger trialsRun = new AtomicInteger();
  private volatile String address = "";

  /**
   * A trial running here: its signal, the most its meter reported (kg CO2e, dynamic share) and
   * when it started.
   */
  private record RunningTrial(StopSignal signal, DoubleAccumulator spent, long startNanos) {}

  MemberRuntime(MemberSettings settings, EnergyMeter meter) {
    this.settings = settings;
    this.meter = meter;
    this.accountant = new CarbonAccountant(settings.intensity(),
        new Pue(settings.pue(), settings.pue() == 1.0 ? "own machine" : "given by the member"));
    this.slotIdleWatts = slotIdleWatts(meter, settings.threads(), CpuIdentity.detect().threads());
  }

  /**
   * The idle power one trial slot holds: the meter's idle watts (none with RAPL, whose readings
   * hold idle power) over the larger of the member's trial threads and the machine's hardware
   * threads, so that a member whose slots are all busy is charged its whole idle power when it
   * runs on every thread, and its threads' share of it otherwise. A member is charged its static
   * share only while it runs a search's trial: idle between trials (or serving another driver), it
   * holds nothing for this search.
   */
  static double slotIdleWatts(EnergyMeter meter, int trialThreads, int machineThreads) {
    return meter.idleWatts().orElse(0) / Math.max(1, Math.max(trialThreads, machineThreads));
  }

  /** The static share of a trial slot held for {@code nanos}, J. */
  private double staticJoules(long nanos) {
    return slotIdleWatts * Math.max(0, nanos) / 1e9;
  }

  private double kgCO2e(double joules) {
    return accountant.footprintOf(joules / EnergyReading.JOULES_PER_KWH).kgCO2e();
  }

  /** Names the member this runtime serves, as its answers give it. */
  void attach(String memberAddress) {
    this.address = memberAddress;
  }

  /** Answers one request from a driver. */
  String handle(String json, byte[] bytes) {
    JsonNode request = ClusterMessages.parse(json);
    String type = request.get("type").textValue();
    return switch (type) {
      case ClusterMessages.PROBE -> probe(ClusterMessages.text(request, "dataKey"));
      case ClusterMessages.DATA -> load(request, bytes);
      case ClusterMessages.TRIAL -> trial(request).toString();
      case ClusterMessages.STOP -> stop(ClusterMessages.text(request, "trialKey"),
          ClusterMessages.text(request, "reason"));
      case ClusterMessages.PROGRESS -> progress(request.path("trialKeys"));
      default -> throw new IllegalArgumentException(
          "cluster request type must be probe, data, trial, stop or progress, found " + type);
    };
  }

  /** Stops trial {@code trialKey} now, or when it starts if it has not yet. */
  private String stop(String trialKey, String reason) {
    earlyStops.put(trialKey, reason);
    RunningTrial trial = running.get(trialKey);
    if (trial != null) {
      trial.signal().requestStop(reason);
      earlyStops.remove(trialKey);
    }
    ObjectNode answer = ClusterMessages.message(ClusterMessages.STOP);
    answer.put("running", trial != null);
    return answer.toString();
  }

  /** The cost so far of those of {@code trialKeys} that run here, read from the meter now. */
  private String progress(JsonNode trialKeys) {
    synchronized (evaluators) {
      evaluators.values().forEach(MeteredTrialEvaluator::reportProgress);
    }
    ObjectNode answer = ClusterMessages.message(ClusterMessages.PROGRESS);
    ObjectNode costs = answer.putObject("kgCO2e");
    for (JsonNode key : trialKeys) {
      RunningTrial trial = running.get(key.asText());
      if (trial != null) {
        costs.put(key.asText(), trial.spent().get()
            + kgCO2e(staticJoules(System.nanoTime() - trial.startNanos())));
      }
    }
    return answer.toString();
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
    StopSignal signal = StopSignal.relay(spent::accumulate);
    long started = System.nanoTime();
    running.put(trialKey, new RunningTrial(signal, spent, started));
    String stoppedEarly = earlyStops.remove(trialKey);
    if (stoppedEarly != null) {
      signal.requestStop(stoppedEarly);
    }
    trialsRun.incrementAndGet();
    try {
      TrialEvaluation evaluation = evaluator.evaluate(trial, signal);
      double held = staticJoules(System.nanoTime() - started);
      ObjectNode result = answer(ClusterMessages.RESULT, evaluation.costKgCO2e() + kgCO2e(held));
      result.put("staticJoules", held);
      result.set("metrics", evaluation.metrics().toJson());
      Optional<TrialModel> model = evaluator.removeModel(trial.id());
      if (request.path("trial").path("returnModel").asBoolean(false) && model.isPresent()) {
        result.put("model", WorkerCodec.encodeModel(model.get().model()));
      }
      return result;
    } catch (Exception | StackOverflowError | LinkageError e) {
      String type = signal.isStopRequested() ? ClusterMessages.STOPPED : ClusterMessages.ERROR;
      double held = staticJoules(System.nanoTime() - started);
      return answer(type, spent.get() + kgCO2e(held)).put("staticJoules", held)
          .put("reason", e.getClass().getSimpleName() + ": " + e.getMessage());
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

  /** Trials this member has started. */
  int trialsRun() {
    return trialsRun.get();
  }

  /** Stops every running trial. */
  @Override
  public void close() {
    running.values().forEach(t -> t.signal().requestStop("the member is shutting down"));
  }
}
