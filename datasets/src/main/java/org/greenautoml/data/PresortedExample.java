package org.greenautoml.data;

import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * An {@link ArrayExample} built from feature names that are already sorted and unique, skipping
 * the boxed argsort that the public constructors run on every example (the largest cost of
 * building a Tribuo dataset from wide rows). Uses the protected fields Tribuo provides for
 * subclasses; behaves as an {@code ArrayExample} afterwards ({@code add} re-sorts as usual).
 *
 * <p>{@link #validateExample()} gives the same answer as {@code ArrayExample}'s (at least one
 * feature, no NaN value, no repeated name) without building a {@code HashSet} of the names, which
 * {@code MutableDataset.add} otherwise pays on every example: with strictly increasing names it
 * checks the values in O(size); otherwise it falls back to the inherited check.
 */
final class PresortedExample<T extends Output<T>> extends ArrayExample<T> {

  private static final long serialVersionUID = 1L;

  /** {@code names} must be sorted and unique; both arrays are taken, not copied. */
  PresortedExample(T output, String[] names, double[] values) {
    super(output, 1.0f, 1);
    featureNames = names;
    featureValues = values;
    size = names.length;
  }

  @Override
  public boolean validateExample() {
    if (size == 0) {
      return false;
    }
    for (int i = 1; i < size; i++) {
      if (featureNames[i - 1].compareTo(featureNames[i]) >= 0) {
        return super.validateExample();
      }
    }
    for (int i = 0; i < size; i++) {
      if (Double.isNaN(featureValues[i])) {
        return false;
      }
    }
    return true;
  }
}
