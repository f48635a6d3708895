package org.greenautoml.search.execute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.greenautoml.search.budget.Reservation;
import org.greenautoml.search.journal.JournalReplay;
import org.greenautoml.search.journal.JournalTiming;
import org.greenautoml.search.schedule.Decision;
import org.greenautoml.search.schedule.Measurements;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;

/** One run of a {@link SearchRunner}: the coordinator loop, on the calling thread. */
final class RunLoop {

  private static final System.Logger LOG = System.getLogger(SearchRunner.class.getName());
  private static final long IDLE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);

  /**
   * How many trials in a row the scheduler may offer that do not fit the budget, with nothing
   * running, before the search stops on its budget: each is declined ({@code Scheduler.decline})
   * and the scheduler offers other work (a new configuration at the lowest rung after a promotion
   * that does not fit), so a search only stops when nothing it is offered fits.
   */
  static final int MAX_CONSECUTIVE_DECLINES = 32;

  private final SearchRunner config;
  private final JournalReplay replay;
  private final BlockingQueue<RunningTrial.Completion> completions = new LinkedBlockingQueue<>();
  private final Map<Integer, RunningTrial> running = new LinkedHashMap<>();
  private final Set<StopSignal> liveSignals = ConcurrentHashMap.newKeySet();
  private final List<TrialOutcome> outcomes = new ArrayList<>();
  private final SearchLimit limit;
  private final ExecutorService pool;
  private final GateKeeper gate;
  private final Instant startedAt;
  private final Map<Integer, Instant> startedAtById = new java.util.HashMap<>();
  private final Map<Integer, org.greenautoml.energy.carbon.TimeSpan> spans =
      new LinkedHashMap<>();
  private Instant pausedAt;
  private Trial pending;
  private int started;
  private int replayed;
  private boolean schedulerDone;
  private int consecutiveDeclines;
  private StopReason stopReason;
  private boolean interrupted;

  RunLoop(SearchRunner config) {
    this.config = config;
    this.replay = config.journal.map(j -> j.replay()).orElse(JournalReplay.EMPTY);
    List<SearchLimit> limits = new ArrayList<>();
    config.convergence.ifPresent(rule -> limits.add(Limits.byConvergence(rule, config.familyKeyOf)));
    limits.add(Limits.byBudget());
    limits.addAll(Limits.of(config.limits));
    limits.addAll(config.extraLimits);
    this.limit = Limits.firstOf(limits);
    this.gate = new GateKeeper(
        config.startGate, config.clock, config.ledger, config.journal, replay);
    this.startedAt = config.clock.instant();
    this.spans.putAll(replay.timing().trialSpans());
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "greenautoml-trial");
      t.setDaemon(true);
      return t;
    });
  }

  SearchOutcome run() {
    if (replay.chargedBeyondOutcomesKgCO2e() > 0) {
      config.ledger.chargeOverhead(replay.chargedBeyondOutcomesKgCO2e());
    }
    try {
      while (true) {
        gate.tick(!running.isEmpty());
        if (stopReason == null) {
          stopReason = limit.reached(state()).orElse(null);
        }
        if (stopReason == null) {
          fillWorkers();
        }
        if (stopReason != null) {
          String why = stopReason == StopReason.BUDGET ? "carbon budget exhausted"
              : "search stopping: " + stopReason;
          running.values().forEach(r -> r.signal.requestStop(why));
          if (running.isEmpty()) {
            break;
          }
        } else if (running.isEmpty()) {
          if (gate.paused() && pending != null) {
            waitWhilePaused();
            continue;
          }
          if (!schedulerDone) {
            throw new IllegalStateException("scheduler " + config.scheduler.name()
                + " asked to wait while no trial was running");
          }
          stopReason = StopReason.SPACE_EXHAUSTED;
          continue;
        }
        awaitCompletion();
      }
    } finally {
      pool.shutdownNow();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return new SearchOutcome(outcomes, stopReason, config.ledger.spentKgCO2e(), replayed,
        timing());
  }

  private JournalTiming timing() {
    Optional<Instant> paused = gate.paused()
        ? Optional.of(pausedAt != null ? pausedAt : replay.timing().openPause().orElse(startedAt))
        : Optional.empty();
    return new JournalTiming(spans, gate.waits(), replay.timing().overhead(), paused,
        gate.paused() ? gate.waitingFrom() : Optional.empty(), Optional.of(config.clock.instant()));
  }

  private void waitWhilePaused() {
    try {
      gate.waitIdle(wallDeadline());
    } catch (InterruptedException e) {
      interrupted();
    }
  }

  /**
   * The coordinator was interrupted: the search stops as on its time limit. The interrupt is kept
   * aside until {@link #run()} returns, so that the loop can still wait for the running trials to
   * honour their stop (with the flag set, every wait would throw at once and the loop would spin
   * without ever taking their completions).
   */
  private void interrupted() {
    interrupted = true;
    if (stopReason == null) {
      stopReason = StopReason.TIME_LIMIT;
    }
  }

  /** When a limit will stop the search with nothing happening before, if one will. */
  private Optional<Instant> wallDeadline() {
    OptionalLong left = limit.nanosLeft(state());
    return left.isPresent()
        ? Optional.of(config.clock.instant().plusNanos(left.getAsLong())) : Optional.empty();
  }

  private SearchLimit.RunState state() {
    long elapsed = Duration.between(startedAt, config.clock.instant()).toNanos();
    return new SearchLimit.RunState(
        Math.max(0, elapsed), started, running.size(), config.ledger.exhausted());
  }

  private void fillWorkers() {
    while (running.size() < config.workers && stopReason == null) {
      if (pending == null) {
        if (!limit.allowsStart(state())) {
          stopReason = limit.reached(state()).orElse(null);
          return;
        }
        Decision decision = config.scheduler.next();
        if (!(decision instanceof Decision.Run run)) {
          schedulerDone = decision instanceof Decision.Done;
          return;
        }
        if (replayed(run.trial())) {
          continue;
        }
        pending = run.trial();
      }
      boolean wasPaused = gate.paused();
      if (!gate.mayStart(!running.isEmpty())) {
        if (!wasPaused) {
          pausedAt = config.clock.instant();
        }
        if (gate.closedForGood() && running.isEmpty()) {
          stopReason = StopReason.GATE_CLOSED;
        }
        return;
      }
      String family = config.familyKeyOf.apply(pending);
      double upper = config.predictor.upperEstimate(
          family, config.costScaleOf.applyAsDouble(pending), pending.fidelity());
      Optional<Reservation> reservation = config.ledger.reserve(upper);
      if (reservation.isEmpty()) {
        if (!running.isEmpty()) {
          return; // what the running trials leave unspent may make room for it
        }
        LOG.log(System.Logger.Level.DEBUG, "trial {0} needs up to {1} kg CO2e, {2} left: declined",
            pending.id(), upper, config.ledger.remainingKgCO2e());
        config.scheduler.decline(pending);
        pending = null;
        if (++consecutiveDeclines >= MAX_CONSECUTIVE_DECLINES) {
          stopReason = StopReason.BUDGET;
          return;
        }
        continue;
      }
      consecutiveDeclines = 0;
      start(pending, reservation.get());
      pending = null;
    }
  }

  private boolean replayed(Trial trial) {
    TrialOutcome recorded = replay.outcomes().get(trial.id());
    if (recorded == null) {
      return false;
    }
    if (!recorded.trial().equals(trial)) {
      LOG.log(System.Logger.Level.WARNING,
          "journal holds a different trial {0} than the scheduler gives now; running it again",
          trial.id());
      return false;
    }
    config.ledger.chargeOverhead(recorded.costKgCO2e());
    started++;
    replayed++;
    finish(recorded, false);
    return true;
  }

  private void start(Trial trial, Reservation reservation) {
    StopSignal signal = new StopSignal(kg -> progress(reservation, kg), reservation.reservedKgCO2e());
    RunningTrial run = new RunningTrial(trial, reservation, signal, System.nanoTime());
    Instant at = config.clock.instant();
    startedAtById.put(trial.id(), at);
    config.journal.ifPresent(j -> {
      if (trial.rung() > 0) {
        j.trialPromoted(trial);
      }
      j.trialStarted(trial, reservation.reservedKgCO2e(), at);
    });
    running.put(trial.id(), run);
    liveSignals.add(signal);
    started++;
    pool.execute(() -> {
      try {
        completions.add(new RunningTrial.Completion(run, config.evaluator.evaluate(trial, signal), null));
      } catch (Throwable thrown) {
        completions.add(new RunningTrial.Completion(run, null, thrown));
      }
    });
  }

  /** Called from worker threads: charge progress, and stop everyone once the ledger is spent. */
  private void progress(Reservation reservation, double kg) {
    config.ledger.progress(reservation, kg);
    if (config.ledger.exhausted()) {
      liveSignals.forEach(s -> s.requestStop("carbon budget exhausted"));
      completions.add(new RunningTrial.Completion(null, null, null));
    }
  }

  private void awaitCompletion() {
    RunningTrial.Completion completion;
    try {
      completion = completions.poll(waitNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      interrupted();
      return;
    }
    if (completion != null && completion.running() != null) {
      complete(completion);
    }
    enforceTrialTimeLimits();
  }

  private long waitNanos() {
    long wait = IDLE_POLL_NANOS;
    long now = System.nanoTime();
    if (config.perTrialTimeLimit.isPresent()) {
      long limit = config.perTrialTimeLimit.get().toNanos();
      for (RunningTrial r : running.values()) {
        long deadline = r.startNanos + (r.signal.isStopRequested() ? limit + limit / 2 : limit);
        wait = Math.min(wait, Math.max(0, deadline - now));
      }
    }
    OptionalLong deadline = limit.nanosLeft(state());
    if (deadline.isPresent()) {
      wait = Math.min(wait, deadline.getAsLong());
    }
    if (gate.reopensAt().isPresent()) {
      wait = Math.min(wait, Math.max(0, nanosBetween(config.clock.instant(), gate.reopensAt().get())));
    }
    return Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1));
  }

  private static long nanosBetween(Instant from, Instant to) {
    try {
      return Duration.between(from, to).toNanos();
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  private void enforceTrialTimeLimits() {
    if (config.perTrialTimeLimit.isEmpty()) {
      return;
    }
    long limit = config.perTrialTimeLimit.get().toNanos();
    long now = System.nanoTime();
    for (RunningTrial r : List.copyOf(running.values())) {
      long elapsed = now - r.startNanos;
      if (elapsed >= limit) {
        r.signal.requestStop("per-trial time limit " + config.perTrialTimeLimit.get() + " reached");
      }
      if (elapsed >= limit + limit / 2) {
        running.remove(r.trial.id());
        liveSignals.remove(r.signal);
        double charged = Math.max(r.reservation.reservedKgCO2e(), r.reservation.progressKgCO2e());
        config.ledger.commit(r.reservation, charged);
        finish(TrialOutcome.unsuccessful(r.trial, TrialStatus.FAILED, charged, Measurements.NONE,
            "did not stop within half the time limit after being asked; abandoned"), true);
      }
    }
  }

  private void complete(RunningTrial.Completion completion) {
    RunningTrial r = completion.running();
    liveSignals.remove(r.signal);
    if (running.remove(r.trial.id()) == null) {
      return; // abandoned earlier
    }
    double progress = r.reservation.progressKgCO2e();
    TrialOutcome outcome;
    if (completion.thrown() != null && r.signal.isStopRequested()) {
      // asked to stop, it stopped by throwing: what it spent until then is charged
      Throwable t = completion.thrown();
      String how = t instanceof TrialFailedException ? " (" + t.getMessage() + ")" : "";
      outcome = TrialOutcome.unsuccessful(
          r.trial, TrialStatus.STOPPED, progress, Measurements.NONE,
          r.signal.reason().orElseThrow() + how);
    } else if (completion.thrown() != null) {
      Throwable t = completion.thrown();
      String reason = t instanceof TrialFailedException
          ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
      outcome = TrialOutcome.unsuccessful(r.trial, TrialStatus.FAILED, progress, Measurements.NONE, reason);
    } else {
      TrialEvaluation e = completion.evaluation();
      double cost = Math.max(progress, e.costKgCO2e());
      outcome = r.signal.isStopRequested()
          ? TrialOutcome.unsuccessful(
              r.trial, TrialStatus.STOPPED, cost, e.metrics(), r.signal.reason().orElseThrow())
          : TrialOutcome.succeeded(r.trial, e.objectives(), cost, e.metrics());
    }
    config.ledger.commit(r.reservation, outcome.costKgCO2e());
    finish(outcome, true);
  }

  private void finish(TrialOutcome outcome, boolean journal) {
    if (outcome.status() == TrialStatus.SUCCEEDED) {
      config.predictor.observe(config.familyKeyOf.apply(outcome.trial()),
          config.costScaleOf.applyAsDouble(outcome.trial()), outcome.trial().fidelity(),
          outcome.costKgCO2e());
    }
    if (journal) {
      Instant at = config.clock.instant();
      Instant from = startedAtById.remove(outcome.trial().id());
      if (from != null) {
        spans.put(outcome.trial().id(), new org.greenautoml.energy.carbon.TimeSpan(from, at));
      }
      config.journal.ifPresent(j -> j.trialEnded(outcome, at));
    }
    config.scheduler.report(outcome);
    outcomes.add(outcome);
    limit.observe(outcome);
  }
}
