package org.greenautoml.data;

import org.tribuo.FeatureMap;

/**
 * One sorted array of feature names, shared by every {@link PresortedExample} of a dataset whose
 * present features are exactly these: a dense table then holds one names array instead of one per
 * row (a third of the memory of a Tribuo example). Sharing is safe because every {@code
 * ArrayExample} method that writes into its names array in place either replaces an exactly sized
 * array first ({@code add}, {@code addAll}, {@code densify} with something to insert, {@code
 * removeFeatures}) or writes back equal names at the same positions ({@code canonicalize}, {@code
 * reduceByName} and {@code sort} on sorted unique names).
 *
 * <p>Also remembers the last feature map the array was canonicalized against, so that the
 * dataset's examples after the first skip {@code canonicalize}'s per-feature lookups: the array's
 * names already are that map's instances. Thread-safe.
 */
final class FeatureNameSet {

  private final String[] names;
  private final boolean sortedUnique;
  private volatile FeatureMap canonicalIn;

  /** Takes {@code names} without copying it; nothing may write into it afterwards. */
  FeatureNameSet(String[] names) {
    this.names = names;
    this.sortedUnique = strictlyIncreasing(names);
  }

  private static boolean strictlyIncreasing(String[] names) {
    for (int i = 1; i < names.length; i++) {
      if (names[i - 1].compareTo(names[i]) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The shared array. */
  String[] names() {
    return names;
  }

  /** Whether the names are strictly increasing (sorted, no repeat), checked once. */
  boolean sortedUnique() {
    return sortedUnique;
  }

  /** Whether the names were canonicalized against exactly this feature map. */
  boolean canonicalIn(FeatureMap map) {
    return canonicalIn == map;
  }

  /** Records that the names now are {@code map}'s instances. */
  void markCanonicalIn(FeatureMap map) {
    canonicalIn = map;
  }

  /** Whether the array holds exactly {@code names[0..count)}. */
  boolean holds(String[] other, int count) {
    if (names.length != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (names[i] != other[i] && !names[i].equals(other[i])) {
        return false;
      }
    }
    return true;
  }
}
