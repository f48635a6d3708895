package org.greenautoml.data;

import org.tribuo.FeatureMap;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * An {@link ArrayExample} whose feature names come from a {@link FeatureNameSet}, usually shared
 * with the other examples of its dataset that have the same features. Skips the boxed argsort
 * that the public constructors run on every example, and uses the protected fields Tribuo
 * provides for subclasses; behaves as an {@code ArrayExample} afterwards ({@code add} re-sorts
 * and copies as usual).
 *
 * <p>Two checks that {@code MutableDataset.add} runs on every example are cheaper here while the
 * example still holds its set's array:
 *
 * <ul>
 *   <li>{@link #validateExample()} gives {@code ArrayExample}'s answer (at least one feature, no
 *       NaN value, no repeated name) from the set's one-time sortedness check and an O(size) scan
 *       of the values, without building a {@code HashSet} of the names;
 *   <li>{@link #canonicalize(FeatureMap)} is skipped when the shared array was already
 *       canonicalized against the same map, so a dataset pays the per-feature lookups once per
 *       distinct feature set instead of once per example.
 * </ul>
 */
final class PresortedExample<T extends Output<T>> extends ArrayExample<T> {

  private static final long serialVersionUID = 1L;

  private final transient FeatureNameSet nameSet;

  /** {@code values} matches the set's names and is taken, not copied. */
  PresortedExample(T output, FeatureNameSet names, double[] values) {
    super(output, 1.0f, 0);
    nameSet = names;
    featureNames = names.names();
    featureValues = values;
    size = featureNames.length;
  }

  /** Whether this example still holds its set's whole array, which nothing has changed. */
  private boolean holdsSet() {
    return nameSet != null && featureNames == nameSet.names() && size == featureNames.length;
  }

  @Override
  public boolean validateExample() {
    if (size == 0) {
      return false;
    }
    if (!holdsSet() || !nameSet.sortedUnique()) {
      return super.validateExample();
    }
    for (int i = 0; i < size; i++) {
      if (Double.isNaN(featureValues[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void canonicalize(FeatureMap featureMap) {
    if (holdsSet() && nameSet.canonicalIn(featureMap)) {
      return;
    }
    super.canonicalize(featureMap);
    if (holdsSet()) {
      nameSet.markCanonicalIn(featureMap);
    }
  }
}
