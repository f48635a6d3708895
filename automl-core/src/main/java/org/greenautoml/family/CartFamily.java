package org.greenautoml.family;

import org.greenautoml.search.space.CategoricalParameter;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.Entropy;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.dtree.impurity.LabelImpurity;

/**
 * A single classification tree (Breiman, Friedman, Olshen &amp; Stone 1984, CART), Tribuo's
 * {@code CARTClassificationTrainer}.
 *
 * <p>Space: auto-sklearn's {@code decision_tree} component (Feurer et al. 2015): impurity Gini or
 * entropy, depth (here absolute, log-uniform in [1, 32], default 12, instead of auto-sklearn's
 * factor of the feature count), minimum child weight log-uniform in [1, 32] (auto-sklearn's
 * {@code min_samples_leaf} range [1, 20], widened) with Tribuo's default 5.
 */
final class CartFamily extends TrainerFamily {

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          IntParameter.log("max_depth", 1, 32, 12),
          DoubleParameter.log("min_child_weight", 1.0, 32.0, 5.0),
          CategoricalParameter.of("impurity", "gini", "entropy"));

  CartFamily() {
    super("cart", SPACE, false);
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    return new CARTClassificationTrainer(
        c.getInt("max_depth"),
        (float) c.getDouble("min_child_weight"),
        0.0f,
        1.0f,
        false,
        impurity(c.getString("impurity")),
        seed);
  }

  /** The depth limit (at most 20: deeper limits are rarely reached). */
  @Override
  public double costScale(Configuration c) {
    return Math.min(20, c.getInt("max_depth"));
  }

  /** The impurity named {@code gini} or {@code entropy}. */
  static LabelImpurity impurity(String name) {
    return "entropy".equals(name) ? new Entropy() : new GiniIndex();
  }
}
