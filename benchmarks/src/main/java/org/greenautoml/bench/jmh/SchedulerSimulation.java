package org.greenautoml.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Decision;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * Simulation benchmark: for each scheduler, the fraction of grid search's total cost spent before
 * it first evaluates, at full fidelity, a configuration within 0.5 percentage points of the best
 * accuracy grid search finds, on {@link LearningCurveSurrogate}, over 20 seeds, one worker.
 * Schedulers that finish (SH, Hyperband) restart with a new seed; every scheduler is capped at
 * grid's total cost. Run:
 * {@code java -cp "benchmarks/target/classes:$(cat /tmp/cp-schedule-bench.txt)"
 * org.greenautoml.bench.jmh.SchedulerSimulation}
 */
public final class SchedulerSimulation {

  static final int GRID_POINTS = 7;
  static final FidelityLadder LADDER = new FidelityLadder(1.0 / 81, 1.0, 3);
  static final Promotion ACCURACY = Promotion.singleObjective(Objective.maximize("accuracy"));
  static final double TOLERANCE = 0.005;

  private SchedulerSimulation() {}

  /** Prints a table of median, mean and worst fraction of grid's cost per scheduler. */
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Map<String, LongFunction<Scheduler>> schedulers = new java.util.LinkedHashMap<>();
    schedulers.put("grid", s -> Schedulers.grid(LearningCurveSurrogate.SPACE, GRID_POINTS));
    schedulers.put("random", s -> Schedulers.random(LearningCurveSurrogate.SPACE, Integer.MAX_VALUE, s));
    schedulers.put("successive-halving (n=81)", s -> Schedulers.successiveHalving(LearningCurveSurrogate.SPACE, LADDER, 81, ACCURACY, s));
    schedulers.put("hyperband", s -> Schedulers.hyperband(LearningCurveSurrogate.SPACE, LADDER, ACCURACY, s));
    schedulers.put("asha", s -> Schedulers.asha(LearningCurveSurrogate.SPACE, LADDER, ACCURACY, s));
    System.out.printf(Locale.ROOT, "grid: %d points per parameter; ladder %s; %d seeds%n",
        GRID_POINTS, LADDER.rungs(), seeds);
    System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s%n", "scheduler", "median", "mean", "worst", "reached");
    for (Map.Entry<String, LongFunction<Scheduler>> e : schedulers.entrySet()) {
      List<Double> fractions = new ArrayList<>();
      int reached = 0;
      for (long seed = 0; seed < seeds; seed++) {
        LearningCurveSurrogate surrogate = new LearningCurveSurrogate(seed);
        double[] grid = run(Schedulers.grid(LearningCurveSurrogate.SPACE, GRID_POINTS), surrogate, Double.NaN, Double.MAX_VALUE);
        double gridCost = grid[1];
        double target = grid[0] - TOLERANCE;
        double spent = spentToReach(e.getValue(), seed, surrogate, target, gridCost);
        reached += spent <= gridCost ? 1 : 0;
        fractions.add(Math.min(spent, gridCost) / gridCost);
      }
      fractions.sort(null);
      System.out.printf(Locale.ROOT, "%-28s %8.4f %8.4f %8.4f %5d/%d%n", e.getKey(),
          (fractions.get((seeds - 1) / 2) + fractions.get(seeds / 2)) / 2,
          fractions.stream().mapToDouble(d -> d).average().orElseThrow(),
          fractions.get(seeds - 1), reached, seeds);
    }
  }

  /** Cost spent until a full-fidelity trial reaches {@code target}, restarting finished schedulers. */
  static double spentToReach(LongFunction<Scheduler> factory, long seed, LearningCurveSurrogate surrogate,
      double target, double cap) {
    double spent = 0;
    for (long restart = 0; spent <= cap; restart++) {
      double[] result = run(factory.apply(seed * 1000 + restart), surrogate, target, cap - spent);
      spent += result[1];
      if (result[0] >= target) {
        return spent;
      }
      if (result[1] == 0) {
        break;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Runs one worker until done, the target or the cap: {best full-fidelity accuracy, cost}. */
  static double[] run(Scheduler scheduler, LearningCurveSurrogate surrogate, double target, double cap) {
    double best = Double.NEGATIVE_INFINITY;
    double spent = 0;
    while (spent < cap && scheduler.next() instanceof Decision.Run run) {
      Trial trial = run.trial();
      double accuracy = surrogate.accuracy(trial);
      spent += surrogate.cost(trial);
      scheduler.report(TrialOutcome.succeeded(trial, ObjectiveVector.of(accuracy), surrogate.cost(trial)));
      if (trial.fidelity() == 1.0) {
        best = Math.max(best, accuracy);
        if (best >= target) {
          break;
        }
      }
    }
    return new double[] {best, spent};
  }
}
