package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

/**
 * The fidelity ladder: stratified subsamples that nest, {@code rows(f1)} a subset of {@code
 * rows(f2)} for {@code f1 < f2}, as successive halving and ASHA need (Li et al. 2020, "A System
 * for Massively Parallel Hyperparameter Tuning", MLSys).
 *
 * <p>The constructor shuffles each class once with the seed; {@code rows(f)} takes the first
 * {@code max(1, round(f * n_c))} rows of each class's shuffled order, so every class keeps at least
 * one row, each class's count is within one row of {@code f * n_c}, and a larger fraction takes a
 * prefix that contains the smaller one. Immutable and thread-safe; construction and each call are
 * O(n); only row positions are returned, never copies of the data.
 */
public final class NestedSubsampler {

  private final ClassGroups groups;
  private final int n;

  /**
   * @param labels class index of each row to subsample (for example of the training partition)
   * @param seed the seed of the shuffle
   */
  public NestedSubsampler(int[] labels, long seed) {
    requireNonNull(labels, "labels");
    this.groups = new ClassGroups(labels, seed);
    this.n = labels.length;
  }

  /**
   * The subsample at a fidelity.
   *
   * @param fraction in (0, 1]
   * @return sorted positions into the constructor's {@code labels}
   */
  public int[] rows(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], found " + fraction);
    }
    byte[] marks = new byte[n];
    for (int c = 0; c < groups.classes; c++) {
      int size = groups.size(c);
      if (size == 0) {
        continue;
      }
      int take = Math.min(size, Math.max(1, (int) Math.round(fraction * size)));
      for (int i = 0; i < take; i++) {
        marks[groups.order[groups.start[c] + i]] = 1;
      }
    }
    return ClassGroups.collect(marks, 1);
  }
}
