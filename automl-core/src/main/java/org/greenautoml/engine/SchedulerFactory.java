package org.greenautoml.engine;

import org.greenautoml.SearchSettings;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.SearchSpace;

/** Builds the scheduler an engine names, over a search's space and ladder. */
final class SchedulerFactory {

  /** The most trials random search draws; the budget or convergence ends it sooner. */
  private static final int RANDOM_TRIALS = 10_000;

  /** Values per numeric parameter in grid search. */
  static final int GRID_POINTS_PER_PARAMETER = 3;

  private SchedulerFactory() {}

  static Scheduler create(
      SearchSettings settings, SearchSpace space, FidelityLadder ladder, Promotion promotion) {
    return switch (settings.scheduler()) {
      case ASHA -> Schedulers.asha(space, ladder, promotion, settings.seed());
      case SUCCESSIVE_HALVING -> Schedulers.successiveHalving(
          space, ladder, configurationsForOneSurvivor(ladder), promotion, settings.seed());
      case HYPERBAND -> Schedulers.hyperband(space, ladder, promotion, settings.seed());
      case RANDOM -> Schedulers.random(space, RANDOM_TRIALS, settings.seed());
      case GRID -> Schedulers.grid(space, GRID_POINTS_PER_PARAMETER);
    };
  }

  /** Configurations of one successive-halving run: enough for one survivor at the top rung. */
  private static int configurationsForOneSurvivor(FidelityLadder ladder) {
    return (int) Math.round(Math.pow(ladder.eta(), ladder.rungs().size() - 1));
  }
}
