package org.greenautoml.engine;

import org.greenautoml.SearchSettings;
import org.greenautoml.search.space.SeedSplit;

/**
 * The seeds of one search, each split from the root seed ({@link SearchSettings#seed()}) for one
 * use by {@link SeedSplit}: the holdout split, the fidelity ladder's subsamples, the scheduler
 * (which splits its own for its sampler and tie-break) and the trials (split again per
 * configuration). Two searches with the same root seed draw the same values for each use, and no
 * two uses share a stream.
 */
final class Seeds {

  /** Written into the journal header, so that a journal of another derivation is not resumed. */
  static final String DERIVATION = "split-v1";

  private final SeedSplit split;

  Seeds(long root) {
    this.split = new SeedSplit(root);
  }

  /** The seeds of a search with these settings. */
  static Seeds of(SearchSettings settings) {
    return new Seeds(settings.seed());
  }

  /** The seed of the stratified holdout split into training and validation rows. */
  long holdout() {
    return split.of(SeedSplit.HOLDOUT);
  }

  /** The seed of the nested subsamples of the fidelity ladder. */
  long subsample() {
    return split.of(SeedSplit.SUBSAMPLE);
  }

  /** The scheduler's seeds, split again for its sampler and its tie-break. */
  SeedSplit scheduler() {
    return split;
  }

  /** The seed of the trials, split per configuration by the evaluator. */
  long trials() {
    return split.of(SeedSplit.TRIALS);
  }
}
