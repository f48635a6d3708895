package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.greenautoml.search.space.SeedSplit;
import org.greenautoml.search.space.SearchSpace;

/**
 * The schedulers, registered explicitly. Every scheduler draws new configurations from a sampler
 * seeded by its {@code seed} (uniform random unless a {@link Sampler} is given), so that one
 * worker gives the same trials in the same order. Schedulers given a sampler tell it every
 * successful result ({@link Sampler#observe}).
 */
public final class Schedulers {

  private Schedulers() {}

  /** Grid search at full fidelity over {@link SearchSpace#grid(int)}. */
  public static Scheduler grid(SearchSpace space, int pointsPerParameter) {
    return new FullFidelityScheduler(
        "grid", Samplers.grid(space, pointsPerParameter), Integer.MAX_VALUE, Optional.empty());
  }

  /** The use a sampler's seed is split for ({@link SeedSplit#of(String)}). */
  public static final String SAMPLER = "sampler";

  /** The use a tie-break's seed is split for. */
  public static final String TIE_BREAK = "tie-break";

  /** Random search at full fidelity: {@code trials} seeded uniform configurations. */
  public static Scheduler random(SearchSpace space, int trials, long seed) {
    requirePositive("trials", trials);
    return new FullFidelityScheduler(
        "random", Samplers.random(space, seed), trials, Optional.empty());
  }

  /**
   * Synchronous successive halving (Jamieson and Talwalkar 2016): {@code configurations} start at the
   * ladder's lowest rung, and rung {@code i} keeps {@code max(1, floor(n / eta^i))} of them up to the
   * top rung. Trials carry bracket 0.
   */
  public static Scheduler successiveHalving(SearchSpace space, FidelityLadder ladder,
      int configurations, Promotion promotion, long seed) {
    return successiveHalving(
        Samplers.random(space, seed), ladder, configurations, promotion, seed, 1);
  }

  /**
   * {@link #successiveHalving(SearchSpace, FidelityLadder, int, Promotion, long)} with the
   * sampler and the tie-break drawing from the seeds {@code seeds} splits for them.
   */
  public static Scheduler successiveHalving(SearchSpace space, FidelityLadder ladder,
      int configurations, Promotion promotion, SeedSplit seeds) {
    return successiveHalving(Samplers.random(space, seeds.of(SAMPLER)), ladder, configurations,
        promotion, seeds.of(TIE_BREAK), 1);
  }

  /**
   * Successive halving as above, with configurations from {@code sampler}, run {@code rounds} times
   * one bracket after another ({@code Long.MAX_VALUE}: until the search stops it); {@code seed}
   * seeds the tie-break.
   */
  public static Scheduler successiveHalving(Sampler sampler, FidelityLadder ladder,
      int configurations, Promotion promotion, long seed, long rounds) {
    requireNonNull(sampler, "sampler");
    requireNonNull(ladder, "ladder");
    requirePositive("rounds", rounds);
    requireNonNull(promotion, "promotion");
    requirePositive("configurations", configurations);
    List<Double> rungs = ladder.rungs();
    List<Integer> sizes = new ArrayList<>();
    long width = 1;
    for (int i = 0; i < rungs.size(); i++) {
      sizes.add((int) Math.max(1, configurations / width));
      width = Math.min(width * ladder.eta(), Integer.MAX_VALUE);
    }
    HyperbandBracket plan = new HyperbandBracket(0, configurations, 0, rungs.get(0), sizes);
    return new BracketScheduler("successive-halving", List.of(plan), rounds, sampler, rungs,
        promotion, seed, new AtomicInteger()::getAndIncrement);
  }

  /**
   * Hyperband (Li et al. 2018): the brackets of {@link #hyperbandBrackets(FidelityLadder)}, each a
   * synchronous successive halving; trials carry their bracket's {@code s}.
   */
  public static Scheduler hyperband(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      long seed) {
    return hyperband(Samplers.random(space, seed), ladder, promotion, seed, 1);
  }

  /** {@link #hyperband(SearchSpace, FidelityLadder, Promotion, long)} with split seeds. */
  public static Scheduler hyperband(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      SeedSplit seeds) {
    return hyperband(Samplers.random(space, seeds.of(SAMPLER)), ladder, promotion,
        seeds.of(TIE_BREAK), 1);
  }

  /**
   * Hyperband as above, with configurations from {@code sampler} (BOHB when it is {@link
   * Samplers#tpe}), repeating its brackets {@code rounds} times ({@code Long.MAX_VALUE}: until the
   * search stops it); {@code seed} seeds the tie-break.
   */
  public static Scheduler hyperband(Sampler sampler, FidelityLadder ladder, Promotion promotion,
      long seed, long rounds) {
    requireNonNull(sampler, "sampler");
    requireNonNull(promotion, "promotion");
    requirePositive("rounds", rounds);
    return new BracketScheduler("hyperband", hyperbandBrackets(ladder), rounds, sampler,
        ladder.rungs(), promotion, seed, new AtomicInteger()::getAndIncrement);
  }

  /** ASHA (Li et al. 2020) with no limit on new configurations. */
  public static Scheduler asha(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      long seed) {
    return asha(space, ladder, promotion, seed, Integer.MAX_VALUE);
  }

  /** ASHA with no limit on new configurations, the sampler and tie-break on split seeds. */
  public static Scheduler asha(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      SeedSplit seeds) {
    requireNonNull(ladder, "ladder");
    requireNonNull(promotion, "promotion");
    return new AshaScheduler(ladder, Samplers.random(space, seeds.of(SAMPLER)), promotion,
        seeds.of(TIE_BREAK), Integer.MAX_VALUE, Optional.empty());
  }

  /** ASHA starting at most {@code maxConfigurations} configurations at the lowest rung. */
  public static Scheduler asha(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      long seed, int maxConfigurations) {
    requireNonNull(ladder, "ladder");
    requireNonNull(promotion, "promotion");
    return asha(Samplers.random(requireNonNull(space, "space"), seed), ladder, promotion, seed,
        maxConfigurations);
  }

  /** ASHA with new configurations from {@code sampler}, which learns from every result. */
  public static Scheduler asha(Sampler sampler, FidelityLadder ladder, Promotion promotion,
      long seed, int maxConfigurations) {
    return ashaScheduler(sampler, ladder, promotion, seed, maxConfigurations, Optional.empty());
  }

  /**
   * ASHA as above that also promotes each branch's champion ({@link BranchChampions}), so that
   * every competitive model family reaches the top fidelity.
   */
  public static Scheduler asha(Sampler sampler, FidelityLadder ladder, Promotion promotion,
      long seed, int maxConfigurations, BranchChampions champions) {
    requireNonNull(promotion, "promotion");
    requireNonNull(champions, "champions");
    if (champions.objective() >= promotion.objectives().size()) {
      throw new IllegalArgumentException("champions' objective index must be below "
          + promotion.objectives().size() + ", found " + champions.objective());
    }
    if (promotion.objectives().list().get(champions.objective()).logScale()) {
      throw new IllegalArgumentException("champions are judged on a linear objective, found "
          + promotion.objectives().list().get(champions.objective()).name() + " on a log scale");
    }
    return ashaScheduler(sampler, ladder, promotion, seed, maxConfigurations,
        Optional.of(champions));
  }

  private static Scheduler ashaScheduler(Sampler sampler, FidelityLadder ladder,
      Promotion promotion, long seed, int maxConfigurations, Optional<BranchChampions> champions) {
    requireNonNull(sampler, "sampler");
    requireNonNull(ladder, "ladder");
    requireNonNull(promotion, "promotion");
    requirePositive("max configurations", maxConfigurations);
    return new AshaScheduler(ladder, sampler, promotion, seed, maxConfigurations, champions);
  }

  /**
   * Hyperband's brackets for {@code R = max/min} and {@code eta} (Li et al. 2018, Algorithm 1 and
   * Table 1): for {@code s = s_max .. 0}, {@code n = ceil((s_max + 1) / (s + 1) * eta^s)}
   * configurations at fidelity {@code max * eta^-s}, keeping {@code floor(n * eta^-i)} at rung
   * {@code i}.
   */
  public static List<HyperbandBracket> hyperbandBrackets(FidelityLadder ladder) {
    requireNonNull(ladder, "ladder");
    List<Double> rungs = ladder.rungs();
    int maxBracket = rungs.size() - 1;
    List<HyperbandBracket> brackets = new ArrayList<>();
    for (int s = maxBracket; s >= 0; s--) {
      long power = pow(ladder.eta(), s);
      long n = ((maxBracket + 1) * power + s) / (s + 1);
      List<Integer> sizes = new ArrayList<>();
      for (int i = 0; i <= s; i++) {
        sizes.add((int) (n / pow(ladder.eta(), i)));
      }
      int start = maxBracket - s;
      brackets.add(new HyperbandBracket(s, (int) n, start, rungs.get(start), sizes));
    }
    return List.copyOf(brackets);
  }

  private static long pow(int base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result = Math.multiplyExact(result, base);
    }
    return result;
  }

  private static void requirePositive(String what, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, found " + value);
    }
  }
}
