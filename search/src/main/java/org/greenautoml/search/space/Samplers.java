package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
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
}
