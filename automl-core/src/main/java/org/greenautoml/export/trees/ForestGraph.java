package org.greenautoml.export.trees;

import static java.util.Objects.requireNonNull;

/**
 * A forest and what turns its per-class sums into probabilities: the {@code TreeEnsembleClassifier}
 * post transform and base values, then a division by {@code divisor} (1 for none).
 *
 * @param forest the trees
 * @param features the width F of the {@code input} tensor
 * @param postTransform {@code NONE} or {@code SOFTMAX}
 * @param baseValues one per class, or empty
 * @param divisor what the sums are divided by after the post transform; positive
 * @param absentFeature how a feature absent from a Tribuo example must be fed (for the doc string)
 */
record ForestGraph(FlatForest forest, int features, String postTransform, float[] baseValues,
    float divisor, String absentFeature) {

  /** Validates the parts against each other. */
  ForestGraph {
    requireNonNull(forest, "forest");
    requireNonNull(postTransform, "postTransform");
    requireNonNull(baseValues, "baseValues");
    requireNonNull(absentFeature, "absentFeature");
    if (features < 1) {
      throw new IllegalArgumentException("features must be at least 1, found " + features);
    }
    if (!postTransform.equals("NONE") && !postTransform.equals("SOFTMAX")) {
      throw new IllegalArgumentException(
          "post transform must be NONE or SOFTMAX, found " + postTransform);
    }
    if (baseValues.length != 0 && baseValues.length != forest.classes()) {
      throw new IllegalArgumentException(
          "base values must be empty or one per class (" + forest.classes() + "), found "
              + baseValues.length);
    }
    if (!(divisor > 0.0f) || Float.isInfinite(divisor)) {
      throw new IllegalArgumentException("divisor must be positive and finite, found " + divisor);
    }
    if (forest.treeCount() == 0) {
      throw new IllegalArgumentException("forest must have at least one tree, found 0");
    }
    baseValues = baseValues.clone();
  }
}
