package org.greenautoml;

/**
 * A front model's scores on held-out test rows: rows the search never saw, scored after it ended,
 * so they take no part in promotion, the front or selection.
 *
 * <p>Balanced accuracy is the mean of per-class recall over the classes present in the test rows
 * (Brodersen et al. 2010).
 *
 * @param accuracy the fraction of test rows predicted correctly, in [0, 1]
 * @param balancedAccuracy the mean recall over the test rows' classes, in [0, 1]
 */
public record TestScores(double accuracy, double balancedAccuracy) {

  /** Validates that both scores are fractions. */
  public TestScores {
    if (!(accuracy >= 0 && accuracy <= 1)) {
      throw new IllegalArgumentException("test accuracy must be in [0, 1], found " + accuracy);
    }
    if (!(balancedAccuracy >= 0 && balancedAccuracy <= 1)) {
      throw new IllegalArgumentException(
          "test balanced accuracy must be in [0, 1], found " + balancedAccuracy);
    }
  }
}
