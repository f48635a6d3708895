package org.greenautoml.data;

import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * An {@link ArrayExample} built from feature names that are already sorted and unique, skipping
 * the boxed argsort that the public constructors run on every example (the largest cost of
 * building a Tribuo dataset from wide rows). Uses the protected fields Tribuo provides for
 * subclasses; behaves as an {@code ArrayExample} afterwards ({@code add} re-sorts as usual).
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
}
