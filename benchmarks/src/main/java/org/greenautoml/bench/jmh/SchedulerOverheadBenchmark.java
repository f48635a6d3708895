package org.greenautoml.bench.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.pareto.TieBreak;
import org.greenautoml.search.schedule.Decision;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scheduler overhead per trial: one invocation runs a whole 10,000-trial search through {@code
 * next()} and {@code report()} with an instant evaluator ({@link LearningCurveSurrogate}), so the
 * score (µs/op with 10,000 operations per invocation) is the scheduler's own time per trial,
 * ranking and promotion included. Finished schedulers (SH, Hyperband) restart with a new seed.
 * {@code asha-2obj} ranks by accuracy and cost (non-dominated sorting, crowding distance); {@code
 * asha-3obj} by accuracy, cost and depth (the engine's default of three objectives, epsilon-net).
 * Run:
 * {@code java -cp "benchmarks/target/classes:search/target/classes:$(cat /tmp/cp-schedule-bench.txt)"
 * org.openjdk.jmh.Main SchedulerOverheadBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SchedulerOverheadBenchmark {

  static final int TRIALS = 10_000;
  static final FidelityLadder LADDER = new FidelityLadder(1.0 / 81, 1.0, 3);
  static final Promotion ACCURACY = Promotion.singleObjective(Objective.maximize("accuracy"));
  static final Promotion TWO = new Promotion(
      Objectives.of(Objective.maximize("accuracy"), Objective.minimize("cost")), TieBreak.CROWDING_DISTANCE);
  static final Promotion THREE = new Promotion(
      Objectives.of(Objective.maximize("accuracy"), Objective.minimize("cost"),
          Objective.minimize("depth")),
      TieBreak.EPSILON_NET);

  @Param({"random", "successive-halving", "hyperband", "asha", "asha-2obj", "asha-3obj"})
  public String scheduler;

  private final LearningCurveSurrogate surrogate = new LearningCurveSurrogate(1);

  /** Runs 10,000 trials; returns the best accuracy so that nothing is optimised away. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public double tenThousandTrials() {
    double best = 0;
    int done = 0;
    for (long restart = 0; done < TRIALS; restart++) {
      Scheduler s = create(restart);
      while (done < TRIALS && s.next() instanceof Decision.Run run) {
        Trial trial = run.trial();
        double accuracy = surrogate.accuracy(trial);
        ObjectiveVector objectives = objectives(trial, accuracy);
        s.report(TrialOutcome.succeeded(trial, objectives, surrogate.cost(trial)));
        best = Math.max(best, accuracy);
        done++;
      }
    }
    return best;
  }

  private ObjectiveVector objectives(Trial trial, double accuracy) {
    int depth = trial.configuration().getInt("depth");
    double cost = surrogate.cost(trial) * (1 + depth);
    switch (scheduler) {
      case "asha-2obj":
        return ObjectiveVector.of(accuracy, cost);
      case "asha-3obj":
        return ObjectiveVector.of(accuracy, cost, depth);
      default:
        return ObjectiveVector.of(accuracy);
    }
  }

  private Scheduler create(long seed) {
    switch (scheduler) {
      case "random":
        return Schedulers.random(LearningCurveSurrogate.SPACE, TRIALS, seed);
      case "successive-halving":
        return Schedulers.successiveHalving(LearningCurveSurrogate.SPACE, LADDER, 81, ACCURACY, seed);
      case "hyperband":
        return Schedulers.hyperband(LearningCurveSurrogate.SPACE, LADDER, ACCURACY, seed);
      case "asha":
        return Schedulers.asha(LearningCurveSurrogate.SPACE, LADDER, ACCURACY, seed);
      case "asha-2obj":
        return Schedulers.asha(LearningCurveSurrogate.SPACE, LADDER, TWO, seed);
      case "asha-3obj":
        return Schedulers.asha(LearningCurveSurrogate.SPACE, LADDER, THREE, seed);
      default:
        throw new IllegalArgumentException("unknown scheduler " + scheduler);
    }
  }
}
