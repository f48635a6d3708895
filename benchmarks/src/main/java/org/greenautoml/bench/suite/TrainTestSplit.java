package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;

/**
 * The suite's train/test split of one dataset and seed: a stratified, seeded holdout of {@code
 * testFraction} of the rows. {@link ComparisonSuite} and {@link SplitFiles} both call it, so the
 * engine's methods and the Python peers see the same rows.
 */
final class TrainTestSplit {

  private TrainTestSplit() {}

  /** Row indices of the training part (first) and test part (second), each ascending. */
  static StratifiedSplit.Holdout of(TabularData data, double testFraction, long seed) {
    requireNonNull(data, "data");
    return StratifiedSplit.holdout(data.labelIndices(), 1 - testFraction, 0.0, testFraction, seed);
  }
}
