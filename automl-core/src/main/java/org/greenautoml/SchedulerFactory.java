package org.greenautoml;

import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.greenautoml.search.space.SearchSpace;
import java.util.List;

/** Builds the scheduler an engine names, over a search's space and ladder. */
final class SchedulerFactory {

  /** The most trials random search draws; the budget or convergence ends it sooner. */
  private static final int RANDOM_TRIALS = 10_000;

  /** Values per numeric parameter in grid search. */
  static final int GRID_POINTS_PER_PARAMETER = 3;

  private SchedulerFactory() {}

  /**
   * Consecutive repeats after which a sampler without repeats counts as exhausted (a small discrete
   * space fully proposed).
   */
  static final int MAX_CONSECUTIVE_REPEATS = 1_000;

  static Scheduler create(GreenAutoML engine, SearchSpace space, FidelityLadder ladder,
      Promotion promotion, List<Configuration> portfolio) {
    return switch (engine.scheduler) {
      case ASHA -> Schedulers.asha(
          sampler(engine, space, portfolio), ladder, promotion, engine.seed, Integer.MAX_VALUE);
      case SUCCESSIVE_HALVING -> Schedulers.successiveHalving(sampler(engine, space, portfolio),
          ladder, configurationsForOneSurvivor(ladder), promotion, engine.seed, Long.MAX_VALUE);
      case HYPERBAND -> Schedulers.hyperband(
          sampler(engine, space, portfolio), ladder, promotion, engine.seed, Long.MAX_VALUE);
      case RANDOM -> Schedulers.random(space, RANDOM_TRIALS, engine.seed);
      case GRID -> Schedulers.grid(space, GRID_POINTS_PER_PARAMETER);
    };
  }

  /**
   * The multi-fidelity schedulers' sampler chain: the portfolio's configurations first (those
   * that belong to the space, in order), then the engine's sampler (TPE or random), never the
   * same configuration twice. Random and grid search keep their own samplers as baselines.
   */
  static Sampler sampler(GreenAutoML engine, SearchSpace space, List<Configuration> portfolio) {
    Sampler then = engine.sampler == SamplerKind.TPE
        ? Samplers.tpe(space, engine.seed) : Samplers.random(space, engine.seed);
    return Samplers.withoutRepeats(
        Samplers.firstThen(space, portfolio, then), MAX_CONSECUTIVE_REPEATS);
  }

  /** Configurations of one successive-halving run: enough for one survivor at the top rung. */
  private static int configurationsForOneSurvivor(FidelityLadder ladder) {
    return (int) Math.round(Math.pow(ladder.eta(), ladder.rungs().size() - 1));
  }
}
