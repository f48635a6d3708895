package org.greenautoml.family;

/**
 * The hyperparameters of one early-stopped XGBoost training run, in XGBoost's terms.
 *
 * @param maxRounds the largest number of boosting rounds
 * @param stoppingRounds rounds without a better validation loss before training stops
 * @param learningRate {@code eta}
 * @param maxDepth {@code max_depth}
 * @param minChildWeight {@code min_child_weight}
 * @param subsample {@code subsample}
 * @param columnSubsample {@code colsample_bytree}
 * @param lambda {@code lambda}, L2 regularisation
 * @param alpha {@code alpha}, L1 regularisation
 */
record XGBoostSettings(
    int maxRounds,
    int stoppingRounds,
    double learningRate,
    int maxDepth,
    double minChildWeight,
    double subsample,
    double columnSubsample,
    double lambda,
    double alpha) {

  /** Validates the ranges XGBoost accepts. */
  XGBoostSettings {
    if (maxRounds < 1 || stoppingRounds < 1) {
      throw new IllegalArgumentException(
          "rounds must be at least 1, found maxRounds=" + maxRounds
              + ", stoppingRounds=" + stoppingRounds);
    }
    if (!(learningRate > 0.0) || maxDepth < 1 || !(minChildWeight >= 0.0)) {
      throw new IllegalArgumentException(
          "learning rate must be positive, max depth at least 1 and min child weight"
              + " non-negative, found " + learningRate + ", " + maxDepth + ", " + minChildWeight);
    }
    if (!(subsample > 0.0 && subsample <= 1.0)
        || !(columnSubsample > 0.0 && columnSubsample <= 1.0)) {
      throw new IllegalArgumentException(
          "subsample fractions must be in (0, 1], found " + subsample + ", " + columnSubsample);
    }
    if (!(lambda >= 0.0) || !(alpha >= 0.0)) {
      throw new IllegalArgumentException(
          "regularisation must be non-negative, found lambda=" + lambda + ", alpha=" + alpha);
    }
  }
}
