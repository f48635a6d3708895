package org.greenautoml.family;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;

/**
 * What a family needs to know about a training set to decide whether it applies.
 *
 * @param rows the number of training rows (the largest number any trial of the search sees)
 * @param features the number of features after encoding (one-hot columns count one each)
 * @param classes the number of distinct labels, at least 2
 * @param allFeaturesNonNegative whether every observed feature value is {@code >= 0}
 * @param hasMissingValues whether some feature has missing values
 */
public record DataProfile(
    int rows, int features, int classes, boolean allFeaturesNonNegative, boolean hasMissingValues) {

  /** Validates the counts. */
  public DataProfile {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, found " + rows);
    }
    if (features < 1) {
      throw new IllegalArgumentException("features must be at least 1, found " + features);
    }
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be at least 2, found " + classes);
    }
  }

  /**
   * The profile of a Tribuo training set.
   *
   * @param train the training rows
   * @param featuresWithMissingValues the features whose absence means "missing"
   * @throws IllegalArgumentException if {@code train} is empty, has no features or one class
   */
  public static DataProfile of(Dataset<Label> train, Set<String> featuresWithMissingValues) {
    requireNonNull(train, "train");
    requireNonNull(featuresWithMissingValues, "featuresWithMissingValues");
    boolean nonNegative = true;
    for (Example<Label> example : train) {
      for (Feature feature : example) {
        nonNegative &= !(feature.getValue() < 0.0);
      }
    }
    boolean missing =
        train.getFeatureIDMap().keySet().stream().anyMatch(featuresWithMissingValues::contains);
    return new DataProfile(
        train.size(),
        train.getFeatureIDMap().size(),
        train.getOutputInfo().size(),
        nonNegative,
        missing);
  }
}
