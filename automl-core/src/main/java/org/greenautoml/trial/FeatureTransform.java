package org.greenautoml.trial;

import static java.util.Objects.requireNonNull;

/**
 * How one input feature is transformed before it reaches a model: what an absent value becomes,
 * then {@code (value - centre) / scale}.
 *
 * <p>The transform of a present value {@code x} is {@code (x - centre) / scale}. An absent value is
 * read as {@code 0} ({@link WhenAbsent#ZERO}, Tribuo's sparse convention, for example an inactive
 * one-hot indicator), as {@link #fill()} ({@link WhenAbsent#IMPUTE}, the training mean of the
 * observed values) or left absent ({@link WhenAbsent#MISSING}, for models such as XGBoost that learn
 * a default direction for missing values), and then transformed like a present one.
 *
 * @param name the feature's name
 * @param whenAbsent what an absent value means
 * @param fill the value used for an absent feature when {@code whenAbsent} is {@code IMPUTE}; 0
 *     otherwise
 * @param centre subtracted before scaling (the training mean when standardised, else 0)
 * @param scale divides after centring (the training standard deviation when standardised, else 1)
 */
public record FeatureTransform(
    String name, WhenAbsent whenAbsent, double fill, double centre, double scale) {

  /** What an absent feature stands for. */
  public enum WhenAbsent {
    /** Absent means zero (Tribuo's sparse convention). */
    ZERO,
    /** Absent means missing and is replaced by {@link FeatureTransform#fill()}. */
    IMPUTE,
    /** Absent means missing and stays absent, for models that handle missing values. */
    MISSING
  }

  /** Validates the transform. */
  public FeatureTransform {
    requireNonNull(name, "name");
    requireNonNull(whenAbsent, "whenAbsent");
    if (!Double.isFinite(fill)) {
      throw new IllegalArgumentException("fill of " + name + " must be finite, found " + fill);
    }
    if (whenAbsent != WhenAbsent.IMPUTE && fill != 0.0) {
      throw new IllegalArgumentException(
          "fill of " + name + " must be 0 unless imputed, found " + fill + " with " + whenAbsent);
    }
    if (!Double.isFinite(centre)) {
      throw new IllegalArgumentException("centre of " + name + " must be finite, found " + centre);
    }
    if (!(scale > 0.0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException(
          "scale of " + name + " must be positive and finite, found " + scale);
    }
  }

  /** Whether this transform changes present values. */
  public boolean standardised() {
    return centre != 0.0 || scale != 1.0;
  }

  /** The transformed value of a present raw value. */
  public double transform(double value) {
    return (value - centre) / scale;
  }
}
