package org.greenautoml;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.SearchSpace;
import org.greenautoml.search.space.SeedSplit;

/** The schedulers a search can use, by the names the command line accepts. */
public enum SchedulerKind {
  /** Asynchronous successive halving (Li et al. 2020), the default. */
  ASHA("asha") {
    @Override
    public Scheduler scheduler(
        SearchSpace space, FidelityLadder ladder, Promotion promotion, SeedSplit seeds) {
      return Schedulers.asha(space, ladder, promotion, seeds);
    }
  },
  /**
   * Synchronous successive halving (Jamieson and Talwalkar 2016), with enough configurations for
   * one survivor at the top rung.
   */
  SUCCESSIVE_HALVING("sh") {
    @Override
    public Scheduler scheduler(
        SearchSpace space, FidelityLadder ladder, Promotion promotion, SeedSplit seeds) {
      int configurations = (int) Math.round(Math.pow(ladder.eta(), ladder.rungs().size() - 1));
      return Schedulers.successiveHalving(space, ladder, configurations, promotion, seeds);
    }
  },
  /** Hyperband's brackets of successive halving (Li et al. 2018). */
  HYPERBAND("hyperband") {
    @Override
    public Scheduler scheduler(
        SearchSpace space, FidelityLadder ladder, Promotion promotion, SeedSplit seeds) {
      return Schedulers.hyperband(space, ladder, promotion, seeds);
    }
  },
  /**
   * Random search at full fidelity, a baseline: at most {@value #RANDOM_TRIALS} configurations
   * (the budget or convergence ends it sooner).
   */
  RANDOM("random") {
    @Override
    public Scheduler scheduler(
        SearchSpace space, FidelityLadder ladder, Promotion promotion, SeedSplit seeds) {
      return Schedulers.random(space, RANDOM_TRIALS, seeds.of(Schedulers.SAMPLER));
    }
  },
  /** Grid search at full fidelity, a baseline, {@value #GRID_POINTS_PER_PARAMETER} points each. */
  GRID("grid") {
    @Override
    public Scheduler scheduler(
        SearchSpace space, FidelityLadder ladder, Promotion promotion, SeedSplit seeds) {
      return Schedulers.grid(space, GRID_POINTS_PER_PARAMETER);
    }
  };

  /** The most configurations random search draws. */
  public static final int RANDOM_TRIALS = 10_000;

  /** Values per numeric parameter in grid search. */
  public static final int GRID_POINTS_PER_PARAMETER = 3;

  private final String cliName;

  SchedulerKind(String cliName) {
    this.cliName = cliName;
  }

  /**
   * This kind's scheduler over a search's space and ladder.
   *
   * @param space the configurations
   * @param ladder the fidelities (full-fidelity kinds ignore it)
   * @param promotion how trials are ranked for promotion
   * @param seeds the scheduler's seeds, split for its sampler and its tie-break
   */
  public abstract Scheduler scheduler(
      SearchSpace space, FidelityLadder ladder, Promotion promotion, SeedSplit seeds);

  /** The name used on the command line and in reports. */
  public String cliName() {
    return cliName;
  }

  /**
   * The scheduler named {@code name} (case-insensitive).
   *
   * @throws GreenAutoMLException listing the known names
   */
  public static SchedulerKind byName(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new GreenAutoMLException(
                    "unknown scheduler '" + name + "'; choose one of "
                        + Arrays.stream(values())
                            .map(SchedulerKind::cliName)
                            .collect(Collectors.joining(", "))));
  }
}
