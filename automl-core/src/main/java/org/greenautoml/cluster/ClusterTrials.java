package org.greenautoml.cluster;

import org.greenautoml.ClusterSettings;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.StopSignal;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.search.execute.TrialFailedException;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialModel;
import org.greenautoml.trial.TrialSite;
import org.greenautoml.trial.worker.TrialWorkers;
import org.greenautoml.trial.worker.WorkerCodec;

/**
 * The driver's side of the cluster backend: a Hazelcast client that runs a search's trials on the
 * members, through the members' {@code IExecutorService}, while the scheduler, ledger, journal
 * and report stay in the driver. The data goes to each member once per search, as compact bytes
 * cached under its fingerprint; a trial travels as its worker-protocol JSON; a result comes back
 * as metrics JSON plus, at fidelity 1, the model as Tribuo protobuf bytes.
 *
 * <p>Each trial goes to a free slot of the lowest-carbon member ({@link Placement}) and is charged
 * at that member's intensity and PUE, from the energy the member metered. A member that leaves or
 * dies while it runs a trial: that attempt is charged at least the trial's reservation, recorded
 * in the trial's metrics ({@code lost_attempts}), and the trial runs again, under the same id, on
 * another member.
 *
 * <p>The hard cap across the cluster: every overhead period ({@link #reportProgress()}) the driver
 * asks each member that runs its trials for their cost so far and charges the answers to the
 * ledger as they arrive ({@link ProgressRequests}); when the ledger is spent, the stop goes
 * straight to each member that runs a trial ({@link RemoteAttempt}), which stops it at its next
 * example read. Thread-safe; {@link #close()} leaves the cluster.
 */
public final class ClusterTrials implements TrialEvaluator, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ClusterTrials.class.getName());
  private static final long WAIT_FOR_MEMBER_MILLIS = 60_000;
  private static final long DATA_TIMEOUT_SECONDS = 300;
  private static final int MAX_ATTEMPTS = 3;

  private final HazelcastInstance client;
  private final PreparedData data;
  private final Map<String, ModelFamily> families;
  private final Function<TrialMetrics, ObjectiveVector> objectives;
  private final Consumer<TrialModel> topFidelityModels;
  private final String searchId = UUID.randomUUID().toString();
  private final String dataKey;
  private final byte[] dataBytes;
  private final long seed;
  private final Placement placement = new Placement();
  private final Map<String, Member> hazelcastMembers = new ConcurrentHashMap<>();
  private final Set<String> membersWithData = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> dataLocks = new ConcurrentHashMap<>();
  private final Map<Integer, TrialModel> models = new ConcurrentHashMap<>();
  private final MemberLedger ledger = new MemberLedger();
  private final IExecutorService trials;
  private final IExecutorService control;
  private final IExecutorService signals;
  private final ProgressRequests progressRequests;

  private ClusterTrials(HazelcastInstance client, PreparedData data,
      Map<String, ModelFamily> families, long seed,
      Function<TrialMetrics, ObjectiveVector> objectives, Consumer<TrialModel> topFidelityModels) {
    this.client = client;
    this.topFidelityModels = topFidelityModels;
    this.data = data;
    this.families = Map.copyOf(families);
    this.seed = seed;
    this.objectives = objectives;
    this.dataBytes = WorkerCodec.encodeData(data);
    this.dataKey = fingerprint(dataBytes) + ":" + seed;
    this.trials = client.getExecutorService(HazelcastSetup.TRIAL_EXECUTOR);
    this.control = client.getExecutorService(HazelcastSetup.CONTROL_EXECUTOR);
    this.signals = client.getExecutorService(HazelcastSetup.SIGNAL_EXECUTOR);
    this.progressRequests = new ProgressRequests(signals, hazelcastMembers::get);
  }

  /**
   * Connects to the cluster for one search.
   *
   * @param families the search's families; each must be one a member can run
   * @param seed the search's seed (each trial's own seed derives from it, as in-process)
   * @param objectives what the scheduler ranks, from a trial's metrics
   * @param topFidelityModels receives the model of every trial that succeeds at fidelity 1 (the
   *     search saves them, so that a resumed search has the models of the trials it replays)
   * @throws GreenAutoMLException when no member answers within the connect timeout, or a family
   *     cannot run on a member
   */
  public static ClusterTrials connect(ClusterSettings settings, PreparedData data,
      Map<String, ModelFamily> families, long seed,
      Function<TrialMetrics, ObjectiveVector> objectives, Consumer<TrialModel> topFidelityModels) {
    requireNonNull(settings, "settings");
    for (ModelFamily family : families.values()) {
      TrialWorkers.unavailableReason(family).ifPresent(reason -> {
        throw new GreenAutoMLException(reason.replace("worker process", "cluster member"));
      });
    }
    HazelcastInstance client;
    try {
      client = HazelcastClient.newHazelcastClient(HazelcastSetup.client(settings));
    } catch (IllegalStateException e) {
      throw new GreenAutoMLException("cannot reach cluster " + settings.name() + " at "
          + settings.members() + " within " + settings.connectTimeout().toSeconds() + " s: start"
          + " members with 'greenautoml worker --cluster " + settings.name() + "'");
    }
    ClusterTrials backend = new ClusterTrials(client, requireNonNull(data, "data"), families,
        seed, requireNonNull(objectives, "objectives"),
        requireNonNull(topFidelityModels, "topFidelityModels"));
    client.getCluster().addMembershipListener(backend.new Members());
    backend.refreshMembers();
    return backend;
  }

  /** Trials the members can run at once (the sum of their threads) now. */
  public int slots() {
    return placement.slots();
  }

  /** The members now in the cluster, by address. */
  public List<String> members() {
    return placement.members().stream().map(MemberView::address).sorted().toList();
  }

  /** What each member spent so far, by address. */
  public List<MemberUsage> usage() {
    return ledger.usage();
  }

  /**
   * Grams CO2e that carbon-aware placement saved so far against placement without regard to
   * region, from the same measured energies: each trial's kWh times the difference between the
   * slot-weighted mean effective intensity of the members and its own member's (negative when it
   * cost more).
   */
  public double placementSavedGrams() {
    return ledger.savedGrams();
  }

  /** The bytes of data sent to each member that did not hold it already. */
  public int dataBytes() {
    return dataBytes.length;
  }

  /** The model of a finished top-fidelity trial, while this backend lives. */
  public Optional<TrialModel> model(int trialId) {
    return Optional.ofNullable(models.get(trialId));
  }

  @Override
  public TrialEvaluation evaluate(Trial trial, StopSignal stop) throws InterruptedException {
    LostAttempts attempts = new LostAttempts();
    Set<String> avoid = new HashSet<>();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      MemberView member = placement.acquire(avoid, WAIT_FOR_MEMBER_MILLIS, stop::isStopRequested)
          .orElseThrow(() -> new TrialFailedException(stop.isStopRequested()
              ? "stopped before a cluster member was free" : "no cluster member was free within "
              + WAIT_FOR_MEMBER_MILLIS / 1000 + " s"));
      try {
        ensureData(member);
        String key = searchId + "/" + trial.id() + "/" + attempt;
        return new Attempt(trial, stop, member, key, attempts).run();
      } catch (MemberLostException lost) {
        double charged = lost.progressKgCO2e < 0 ? 0 // lost before the trial started
            : Math.max(stop.reservedKgCO2e(), lost.progressKgCO2e);
        attempts.lose(member, charged, lost.getMessage());
        ledger.record(member, "", 0, 0, charged, placement.regionBlindGramsPerKWh());
        stop.reportCostSoFar(attempts.chargedKgCO2e);
        avoid.add(member.id());
        LOG.log(System.Logger.Level.WARNING, "trial {0} lost member {1} ({2}); running it again",
            trial.id(), member.address(), lost.getMessage());
      } finally {
        placement.release(member);
      }
    }
    throw new TrialFailedException(
        "lost " + MAX_ATTEMPTS + " cluster members: " + attempts.notes());
  }

  /**
   * Asks each member that runs trials of this search for their cost so far, and charges the
   * answers to the ledger as they come (through each trial's stop signal); called every overhead
   * period. Never waits ({@link ProgressRequests}).
   */
  public void reportProgress() {
    progressRequests.askAll();
  }

  @Override
  public void close() {
    try {
      client.shutdown();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "closing the cluster client failed", e);
    }
  }

  private void ensureData(MemberView member) throws InterruptedException {
    if (membersWithData.contains(member.id())) {
      return;
    }
    synchronized (dataLocks.computeIfAbsent(member.id(), id -> new Object())) {
      if (membersWithData.contains(member.id())) {
        return;
      }
      ObjectNode probe = ClusterMessages.message(ClusterMessages.PROBE);
      probe.put("dataKey", dataKey);
      JsonNode answer = ClusterMessages.parse(call(member, probe, new byte[0]));
      if (!answer.path("has").asBoolean(false)) {
        ObjectNode load = ClusterMessages.message(ClusterMessages.DATA);
        load.put("dataKey", dataKey);
        load.put("seed", seed);
        call(member, load, dataBytes);
        LOG.log(System.Logger.Level.INFO, "sent the data ({0} bytes) to member {1}",
            dataBytes.length, member.address());
      }
      membersWithData.add(member.id());
    }
  }

  private String call(MemberView member, ObjectNode request, byte[] bytes)
      throws InterruptedException {
    Member target = hazelcastMembers.get(member.id());
    if (target == null) {
      throw new MemberLostException("member left", -1);
    }
    try {
      return control.submitToMember(new ClusterTask(request.toString(), bytes), target)
          .get(DATA_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      if (MemberLostException.isMemberLoss(e)) {
        throw new MemberLostException("member left: " + e.getClass().getSimpleName(), -1);
      }
      throw e;
    } catch (ExecutionException e) {
      if (MemberLostException.isMemberLoss(e.getCause()) || !placement.isPresent(member.id())) {
        throw new MemberLostException("member left: " + e.getCause(), -1);
      }
      throw new TrialFailedException("member " + member.address() + " refused the data: "
          + e.getCause().getMessage());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new MemberLostException("member did not answer within " + DATA_TIMEOUT_SECONDS
          + " s", -1);
    }
  }

  private void refreshMembers() {
    List<MemberView> views = new ArrayList<>();
    Map<String, Member> present = new ConcurrentHashMap<>();
    for (Member member : client.getCluster().getMembers()) {
      MemberViews.of(member).ifPresent(view -> {
        views.add(view);
        present.put(view.id(), member);
      });
    }
    hazelcastMembers.keySet().retainAll(present.keySet());
    hazelcastMembers.putAll(present);
    membersWithData.retainAll(present.keySet());
    placement.update(views);
  }

  private static String fingerprint(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Keeps placement in step with the cluster. */
  private final class Members implements MembershipListener {
    @Override
    public void memberAdded(MembershipEvent event) {
      refreshMembers();
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
      refreshMembers();
    }
  }

  /** One attempt of a trial on one member: submits it, relays its stop, reads the answer. */
  private final class Attempt {
    private final Trial trial;
    private final StopSignal stop;
    private final MemberView member;
    private final LostAttempts before;
    private final RemoteAttempt remote;

    Attempt(Trial trial, StopSignal stop, MemberView member, String key, LostAttempts before) {
      this.trial = trial;
      this.stop = stop;
      this.member = member;
      this.before = before;
      this.remote = new RemoteAttempt(key, member.id(), member.address(), stop,
          before.chargedKgCO2e);
    }

    TrialEvaluation run() throws InterruptedException {
      ObjectNode request = ClusterMessages.message(ClusterMessages.TRIAL);
      request.put("dataKey", dataKey);
      request.put("trialKey", remote.key());
      request.set("trial", WorkerCodec.trialMessage(trial, trial.fidelity() >= 1.0));
      Member target = hazelcastMembers.get(member.id());
      if (target == null) {
        throw new MemberLostException("member left before the trial started", -1);
      }
      progressRequests.add(remote);
      try {
        Future<String> answer;
        try {
          answer = trials.submitToMember(new ClusterTask(request.toString(), new byte[0]), target);
        } catch (RuntimeException e) {
          if (MemberLostException.isMemberLoss(e)) {
            throw new MemberLostException("member left before the trial started", -1);
          }
          throw e;
        }
        String text = remote.await(answer, () -> placement.isPresent(member.id()),
            reason -> sendStop(target, reason));
        remote.end();
        return result(ClusterMessages.parse(text));
      } finally {
        remote.end();
        progressRequests.remove(remote);
      }
    }

    /** Asks the member to stop this attempt; does not wait for the answer. */
    private void sendStop(Member target, String reason) {
      ObjectNode request = ClusterMessages.message(ClusterMessages.STOP);
      request.put("trialKey", remote.key());
      request.put("reason", reason);
      try {
        signals.submitToMember(new ClusterTask(request.toString(), new byte[0]), target);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.DEBUG, "cannot send the stop of {0} to {1}: {2}",
            remote.key(), member.address(), e);
      }
    }

    private TrialEvaluation result(JsonNode answer) {
      String type = answer.get("type").textValue();
      double memberKg = Math.max(remote.spentKgCO2e(), answer.path("kgCO2e").asDouble(0));
      double staticJoules = Math.max(0, answer.path("staticJoules").asDouble(0));
      if (type.equals(ClusterMessages.STOPPED) && !stop.isStopRequested()) {
        // the member stopped it on its own: it is shutting down (SIGTERM, or a crash that let
        // its runtime stop its trials first); the trial runs again elsewhere
        throw new MemberLostException("member stopped the trial: "
            + answer.path("reason").asText(), memberKg);
      }
      if (!type.equals(ClusterMessages.RESULT)) {
        ledger.record(member, "", 0, staticJoules, memberKg, placement.regionBlindGramsPerKWh());
        stop.reportCostSoFar(before.chargedKgCO2e + memberKg);
        throw new TrialFailedException(answer.path("reason").asText() + " (on member "
            + member.address() + ")");
      }
      double regionBlind = placement.regionBlindGramsPerKWh();
      TrialMetrics metrics = TrialMetrics.fromJson(answer.get("metrics")).withSite(new TrialSite(
          member.address(), member.region(), member.pue(), regionBlind, before.attempts,
          staticJoules));
      // a progress report read from another thread can run a little ahead of the member's final
      // reading; the search's ledger keeps what it was charged, and so does the member's account
      double kg = ledger.record(member, metrics.energyMethod(), metrics.trialJoules(),
          staticJoules, remote.spentKgCO2e(), regionBlind);
      if (answer.hasNonNull("model")) {
        String family = trial.configuration().getString(MeteredTrialEvaluator.FAMILY);
        TrialModel model = new TrialModel(trial.id(), family,
            WorkerCodec.decodeModel(answer.get("model").textValue()),
            data.preprocessor(families.get(family)));
        models.put(trial.id(), model);
        topFidelityModels.accept(model);
      }
      if (!before.attempts.isEmpty()) {
        LOG.log(System.Logger.Level.INFO, "trial {0} finished on {1} after lost attempts: {2}",
            trial.id(), member.address(), before.notes());
      }
      return new TrialEvaluation(objectives.apply(metrics), before.chargedKgCO2e + kg, metrics);
    }
  }
}
