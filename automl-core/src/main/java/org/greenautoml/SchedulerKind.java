package org.greenautoml;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.schedule.BranchChampions;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Scheduler;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.ConditionalSpace;
import org.greenautoml.search.space.Samplers;
import org.greenautoml.search.space.SearchSpace;
import org.greenautoml.search.space.SeedSplit;

/** The schedulers a search can use, by the names the command line accepts. */
public enum SchedulerKind {
  /**
   * Asynchronous successive halving (Li et al. 2020), the default; over several model families,
   * each family's best result at a rung is also promoted when the validation rows cannot tell its
   * accuracy from the rung's best ({@link #championMargin}, {@link BranchChampions}).
   */
  ASHA("asha") {
    @Override
    public Scheduler scheduler(Sampler sampler, SearchSpace space, FidelityLadder ladder,
        Promotion promotion, SeedSplit seeds, int validationRows) {
      long seed = seeds.of(Schedulers.TIE_BREAK);
      int accuracy = promotion.objectives().list().stream().map(Objective::name).toList()
          .indexOf(SearchObjective.VALIDATION_ACCURACY.objective().name());
      if (!(space instanceof ConditionalSpace families) || accuracy < 0) {
        return Schedulers.asha(sampler, ladder, promotion, seed, Integer.MAX_VALUE);
      }
      return Schedulers.asha(sampler, ladder, promotion, seed, Integer.MAX_VALUE,
          new BranchChampions(c -> c.getString(families.choiceName()), accuracy,
              best -> championMargin(best, validationRows)));
    }
  },
  /**
   * Synchronous successive halving (Jamieson and Talwalkar 2016), with enough configurations for
   * one survivor at the top rung.
   */
  SUCCESSIVE_HALVING("sh") {
    @Override
    public Scheduler scheduler(Sampler sampler, SearchSpace space, FidelityLadder ladder,
        Promotion promotion, SeedSplit seeds, int validationRows) {
      int configurations = (int) Math.round(Math.pow(ladder.eta(), ladder.rungs().size() - 1));
      return Schedulers.successiveHalving(sampler, ladder, configurations, promotion,
          seeds.of(Schedulers.TIE_BREAK), Long.MAX_VALUE);
    }
  },
  /** Hyperband's brackets of successive halving (Li et al. 2018). */
  HYPERBAND("hyperband") {
    @Override
    public Scheduler scheduler(Sampler sampler, SearchSpace space, FidelityLadder ladder,
        Promotion promotion, SeedSplit seeds, int validationRows) {
      return Schedulers.hyperband(sampler, ladder, promotion, seeds.of(Schedulers.TIE_BREAK),
          Long.MAX_VALUE);
    }
  },
  /**
   * Random search at full fidelity, a baseline: at most {@value #RANDOM_TRIALS} configurations
   * (the budget or convergence ends it sooner).
   */
  RANDOM("random") {
    @Override
    public Scheduler scheduler(Sampler sampler, SearchSpace space, FidelityLadder ladder,
        Promotion promotion, SeedSplit seeds, int validationRows) {
      return Schedulers.random(space, RANDOM_TRIALS, seeds.of(Schedulers.SAMPLER));
    }
  },
  /** Grid search at full fidelity, a baseline, {@value #GRID_POINTS_PER_PARAMETER} points each. */
  GRID("grid") {
    @Override
    public Scheduler scheduler(Sampler sampler, SearchSpace space, FidelityLadder ladder,
        Promotion promotion, SeedSplit seeds, int validationRows) {
      return Schedulers.grid(space, GRID_POINTS_PER_PARAMETER);
    }
  };

  /** The least margin of {@link #championMargin}: half a percentage point. */
  static final double MIN_CHAMPION_MARGIN = 0.005;

  /**
   * The largest margin of {@link #championMargin}: three percentage points. On small data the
   * top rung's cross-validation, not more champions, is what tells families apart: credit-g's
   * 160 validation rows give 7 pp, which sent forests through five-fold cross-validation at the
   * top (36 CPU s against 7 with 3 pp, December 2026).
   */
  static final double MAX_CHAMPION_MARGIN = 0.03;

  /**
   * How far, in validation accuracy, a model family's best result at an ASHA rung may be below the
   * rung's best and still be promoted as the family's champion ({@link BranchChampions}): two
   * standard errors of an accuracy of {@code best} measured on {@code validationRows} rows (so a
   * family is kept in play while the validation rows cannot tell it from the best), between
   * {@value #MIN_CHAMPION_MARGIN} and {@value #MAX_CHAMPION_MARGIN}: 0.7 pp on bank-marketing's
   * 7,200 validation rows at 90 %, 2.1 pp on phoneme's 860 at 89 %, 3 pp on credit-g's 160.
   */
  static double championMargin(double best, int validationRows) {
    double p = Math.min(1, Math.max(0, best));
    double twoStandardErrors = 2 * Math.sqrt(p * (1 - p) / Math.max(1, validationRows));
    return Math.min(MAX_CHAMPION_MARGIN, Math.max(MIN_CHAMPION_MARGIN, twoStandardErrors));
  }

  /** The most configurations random search draws. */
  public static final int RANDOM_TRIALS = 10_000;

  /** Values per numeric parameter in grid search. */
  public static final int GRID_POINTS_PER_PARAMETER = 3;

  private final String cliName;

  SchedulerKind(String cliName) {
    this.cliName = cliName;
  }

  /**
   * This kind's scheduler over a search's space and ladder. The multi-fidelity schedulers draw new
   * configurations from {@code sampler} (the portfolio, then TPE or random) and repeat their
   * brackets until the search stops them; random and grid search keep their own samplers as
   * baselines. {@code validationRows} is how many rows a trial is scored on.
   */
  public abstract Scheduler scheduler(Sampler sampler, SearchSpace space, FidelityLadder ladder,
      Promotion promotion, SeedSplit seeds, int validationRows);

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
