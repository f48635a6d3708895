package org.greenautoml.search.space;

import java.util.List;

/**
 * A set of configurations that samplers and schedulers draw from.
 *
 * <p>A space is a map from the unit cube {@code [0, 1]^dimensions()} onto configurations, so that
 * random, grid and low-discrepancy samplers work on any space. Implementations are immutable and
 * thread-safe.
 */
public sealed interface SearchSpace permits ParameterSpace, ConditionalSpace {

  /** The number of unit coordinates {@link #fromUnit(double[])} reads. */
  int dimensions();

  /**
   * The configuration at a point of the unit cube.
   *
   * @throws IllegalArgumentException if {@code point} has the wrong length or leaves {@code [0, 1]}
   */
  Configuration fromUnit(double[] point);

  /**
   * The grid with {@code pointsPerParameter} values per numeric parameter and every value of each
   * categorical or boolean one; a conditional space concatenates its branches' grids.
   */
  List<Configuration> grid(int pointsPerParameter);

  /**
   * A point of the unit cube whose {@link #fromUnit(double[])} is {@code configuration} (the
   * inverse map; coordinates the configuration does not use are 0.5).
   *
   * @throws IllegalArgumentException if the configuration does not belong to the space
   */
  double[] toUnit(Configuration configuration);

  /** The default configuration (one per branch for a conditional space). */
  List<Configuration> defaults();

  /**
   * Checks that {@code configuration} belongs to this space and returns it in canonical form.
   *
   * @throws IllegalArgumentException naming what does not belong
   */
  Configuration validate(Configuration configuration);
}
