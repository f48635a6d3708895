package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The samplers: grid, seeded random, and Sobol (low-discrepancy) over any {@link SearchSpace}.
 *
 * <p>Random and Sobol samplers draw points of the unit cube and map them with {@link
 * SearchSpace#fromUnit(double[])}; they never run out. The grid enumerates {@link
 * SearchSpace#grid(int)} once.
 */
public final class Samplers {

  private Samplers() {}

  /**
   * The grid with {@code pointsPerParameter} values per numeric parameter (every value of a
   * categorical or boolean one), in the space's enumeration order; empty once enumerated.
   */
  public static Sampler grid(SearchSpace space, int pointsPerParameter) {
    requireNonNull(space, "space");
    if (pointsPerParameter < 1) {
      throw new IllegalArgumentException(
          "points per parameter must be at least 1, found " + pointsPerParameter);
    }
    Iterator<Configuration> grid = List.copyOf(space.grid(pointsPerParameter)).iterator();
    return () -> grid.hasNext() ? Optional.of(grid.next()) : Optional.empty();
  }

  /** Independent uniform points of the unit cube, from a {@link SplittableRandom} with this seed. */
  public static Sampler random(SearchSpace space, long seed) {
    requireNonNull(space, "space");
    SplittableRandom random = new SplittableRandom(seed);
    int dimensions = space.dimensions();
    return () -> {
      double[] point = new double[dimensions];
      for (int i = 0; i < dimensions; i++) {
        point[i] = random.nextDouble();
      }
      return Optional.of(space.fromUnit(point));
    };
  }

  /**
   * A multi-objective tree-structured Parzen estimator over every rung's results (see {@link
   * TpeSampler}: BOHB's choice of rung, MOTPE's split into good and bad results, the family as a
   * categorical across families and Parzen estimators per family), uniform until a rung has enough
   * results and for a fifth of its proposals after. Deterministic for the seed and the sequence of
   * {@link Sampler#observe observations}.
   */
  public static Sampler tpe(SearchSpace space, long seed) {
    return new TpeSampler(requireNonNull(space, "space"), seed);
  }

  /**
   * A Sobol sequence (Joe and Kuo 2008 direction numbers) with a random digital shift drawn from
   * {@code seed}, so that small budgets still cover the space evenly.
   *
   * @throws IllegalArgumentException if the space has more than {@link
   *     SobolSequence#MAX_DIMENSIONS} dimensions
   */
  public static Sampler sobol(SearchSpace space, long seed) {
    requireNonNull(space, "space");
    SobolSequence sequence = new SobolSequence(Math.max(1, space.dimensions()), seed);
    return () -> Optional.of(space.fromUnit(sequence.next()));
  }

  /**
   * The configurations of {@code first} in their order (a warm-start portfolio), then those of
   * {@code then}; observations are passed on to {@code then}, so a model-based sampler learns
   * from the portfolio's results too. Each configuration of {@code first} is checked against
   * {@code space} when the sampler is made.
   *
   * @throws IllegalArgumentException naming the first configuration that does not belong
   */
  public static Sampler firstThen(SearchSpace space, List<Configuration> first, Sampler then) {
    requireNonNull(space, "space");
    requireNonNull(then, "then");
    Iterator<Configuration> listed =
        requireNonNull(first, "first").stream().map(space::validate).toList().iterator();
    return new Sampler() {
      @Override
      public Optional<Configuration> next() {
        return listed.hasNext() ? Optional.of(listed.next()) : then.next();
      }

      @Override
      public void observe(Observation observation) {
        then.observe(observation);
      }
    };
  }

  /**
   * {@code sampler} without repeats: a configuration it proposed before is skipped, so that no
   * trial is spent twice on one configuration at the lowest rung. Empty once {@code sampler} is
   * empty or has proposed only repeats {@code maxConsecutiveRepeats} times in a row (a small
   * discrete space is exhausted). Observations are passed on.
   */
  public static Sampler withoutRepeats(Sampler sampler, int maxConsecutiveRepeats) {
    requireNonNull(sampler, "sampler");
    if (maxConsecutiveRepeats < 1) {
      throw new IllegalArgumentException(
          "max consecutive repeats must be at least 1, found " + maxConsecutiveRepeats);
    }
    Set<Configuration> proposed = new HashSet<>();
    return new Sampler() {
      @Override
      public Optional<Configuration> next() {
        for (int repeats = 0; repeats < maxConsecutiveRepeats; repeats++) {
          Optional<Configuration> candidate = sampler.next();
          if (candidate.isEmpty() || proposed.add(candidate.get())) {
            return candidate;
          }
        }
        return Optional.empty();
      }

      @Override
      public void observe(Observation observation) {
        sampler.observe(observation);
      }
    };
  }
}
