package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.greenautoml.search.space.SeedSplit;
import org.greenautoml.search.space.SearchSpace;

/**
 * The schedulers, registered explicitly. Every scheduler draws new configurations from a sampler
 * seeded by its {@code seed}, so that one worker gives the same trials in the same order.
 */
public final class Schedulers {

  private Schedulers() {}

  /** Grid search at full fidelity over {@link SearchSpace#grid(int)}. */
  public static Scheduler grid(SearchSpace space, int pointsPerParameter) {
    return new FullFidelityScheduler(
        "grid", Samplers.grid(space, pointsPerParameter), Integer.MAX_VALUE);
  }

  /** The use a sampler's seed is split for ({@link SeedSplit#of(String)}). */
  public static final String SAMPLER = "sampler";

  /** The use a tie-break's seed is split for. */
  public static final String TIE_BREAK = "tie-break";

  /** Random search at full fidelity: {@code trials} seeded uniform configurations. */
  public static Scheduler random(SearchSpace space, int trials, long seed) {
    requirePositive("trials", trials);
    return new FullFidelityScheduler("random", Samplers.random(space, seed), trials);
  }

  /**
   * Synchronous successive halving (Jamieson and Talwalkar 2016): {@code configurations} start at the
   * ladder's lowest rung, and rung {@code i} keeps {@code max(1, floor(n / eta^i))} of them up to the
   * top rung. Trials carry bracket 0.
   */
  public static Scheduler successiveHalving(SearchSpace space, FidelityLadder ladder,
      int configurations, Promotion promotion, long seed) {
    return successiveHalving(space, ladder, configurations, promotion, seed, seed);
  }

  /**
   * {@link #successiveHalving(SearchSpace, FidelityLadder, int, Promotion, long)} with the
   * sampler and the tie-break drawing from the seeds {@code seeds} splits for them.
   */
  public static Scheduler successiveHalving(SearchSpace space, FidelityLadder ladder,
      int configurations, Promotion promotion, SeedSplit seeds) {
    return successiveHalving(space, ladder, configurations, promotion,
        seeds.of(SAMPLER), seeds.of(TIE_BREAK));
  }

  private static Scheduler successiveHalving(SearchSpace space, FidelityLadder ladder,
      int configurations, Promotion promotion, long samplerSeed, long seed) {
    requireNonNull(ladder, "ladder");
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
    Sampler sampler = Samplers.random(space, samplerSeed);
    SynchronousBracket bracket = new SynchronousBracket(plan, draw(sampler, configurations),
        rungs, promotion, seed, new AtomicInteger()::getAndIncrement);
    return new BracketScheduler("successive-halving", List.of(bracket), promotion);
  }

  /**
   * Hyperband (Li et al. 2018): the brackets of {@link #hyperbandBrackets(FidelityLadder)}, each a
   * synchronous successive halving; trials carry their bracket's {@code s}.
   */
  public static Scheduler hyperband(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      long seed) {
    return hyperband(space, ladder, promotion, seed, seed);
  }

  /** {@link #hyperband(SearchSpace, FidelityLadder, Promotion, long)} with split seeds. */
  public static Scheduler hyperband(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      SeedSplit seeds) {
    return hyperband(space, ladder, promotion, seeds.of(SAMPLER), seeds.of(TIE_BREAK));
  }

  private static Scheduler hyperband(SearchSpace space, FidelityLadder ladder,
      Promotion promotion, long samplerSeed, long seed) {
    requireNonNull(promotion, "promotion");
    Sampler sampler = Samplers.random(space, samplerSeed);
    AtomicInteger ids = new AtomicInteger();
    List<SynchronousBracket> brackets = new ArrayList<>();
    for (HyperbandBracket plan : hyperbandBrackets(ladder)) {
      brackets.add(new SynchronousBracket(plan, draw(sampler, plan.configurations()),
          ladder.rungs(), promotion, seed, ids::getAndIncrement));
    }
    return new BracketScheduler("hyperband", brackets, promotion);
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
        seeds.of(TIE_BREAK), Integer.MAX_VALUE);
  }

  /** ASHA starting at most {@code maxConfigurations} configurations at the lowest rung. */
  public static Scheduler asha(SearchSpace space, FidelityLadder ladder, Promotion promotion,
      long seed, int maxConfigurations) {
    requireNonNull(ladder, "ladder");
    requireNonNull(promotion, "promotion");
    requirePositive("max configurations", maxConfigurations);
    return new AshaScheduler(
        ladder, Samplers.random(space, seed), promotion, seed, maxConfigurations);
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

  private static List<Configuration> draw(Sampler sampler, int count) {
    List<Configuration> configurations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sampler.next().ifPresent(configurations::add);
    }
    return configurations;
  }

  private static void requirePositive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, found " + value);
    }
  }
}
