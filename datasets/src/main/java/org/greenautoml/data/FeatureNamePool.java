package org.greenautoml.data;

import java.util.Arrays;

/**
 * Interns the present-feature names of the rows of one encoding call, so that rows with the same
 * features share one {@link FeatureNameSet}. A row is looked up by a hash of its feature slots in
 * an open-addressing table; at most {@value #MAX_SETS} distinct sets are kept, and a row with a
 * set beyond that gets its own copy, so a table whose rows all differ costs what it did before.
 * Not thread-safe; one per encoding call.
 */
final class FeatureNamePool {

  static final int MAX_SETS = 1 << 12;

  private final long[] hashes = new long[MAX_SETS * 2];
  private final FeatureNameSet[] sets = new FeatureNameSet[MAX_SETS * 2];
  private int size;

  /** The shared set of {@code names[0..count)}, whose feature slots are {@code slots[0..count)}. */
  FeatureNameSet intern(int[] slots, String[] names, int count) {
    long hash = count;
    for (int i = 0; i < count; i++) {
      hash = (hash + slots[i]) * 0x9E3779B97F4A7C15L;
    }
    int mask = sets.length - 1;
    for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
      FeatureNameSet set = sets[i];
      if (set == null) {
        FeatureNameSet fresh = new FeatureNameSet(Arrays.copyOf(names, count));
        if (size < MAX_SETS) {
          sets[i] = fresh;
          hashes[i] = hash;
          size++;
        }
        return fresh;
      }
      if (hashes[i] == hash && set.holds(names, count)) {
        return set;
      }
    }
  }
}
