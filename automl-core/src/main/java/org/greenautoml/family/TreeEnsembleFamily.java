package org.greenautoml.family;

import com.google.protobuf.Any;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.greenautoml.search.space.CategoricalParameter;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.common.tree.ExtraTreesTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.impl.ModelDataCarrier;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.protos.core.WeightedEnsembleModelProto;

/**
 * Bagged ensembles of CART trees with a random subset of features at each split: random forests
 * (Breiman 2001) and extremely randomised trees (Geurts, Ernst &amp; Wehenkel 2006, random split
 * points). Tribuo trains the members one after another on the calling thread; both variants
 * bootstrap the rows (Tribuo's {@code ExtraTreesTrainer} is a bagging trainer, unlike
 * scikit-learn's). Members' class distributions are averaged.
 *
 * <p>Space: auto-sklearn's {@code random_forest} / {@code extra_trees} components (Feurer et al.
 * 2015): Gini or entropy, {@code max_features} in [0, 1] as the exponent of the feature count
 * (default 0.5, so sqrt(d) features per split), {@code min_samples_leaf} in [1, 20] (here the
 * minimum child weight, default 1); trees log-uniform in [8, 256] with default 100 (auto-sklearn
 * fixes 100 and grows to 512 iteratively), depth log-uniform in [4, 64], default 64.
 */
final class TreeEnsembleFamily extends TrainerFamily {

  private final boolean randomSplits;

  private TreeEnsembleFamily(String name, boolean randomSplits) {
    super(
        name,
        ParameterSpace.of(
            IntParameter.log("trees", 8, 256, 100),
            DoubleParameter.uniform("max_features", 0.0, 1.0, 0.5),
            IntParameter.log("max_depth", 4, 64, 64),
            DoubleParameter.uniform("min_child_weight", 1.0, 20.0, 1.0),
            CategoricalParameter.of("impurity", "gini", "entropy")),
        false);
    this.randomSplits = randomSplits;
  }

  /** The {@code random-forest} family. */
  static TreeEnsembleFamily randomForest() {
    return new TreeEnsembleFamily("random-forest", false);
  }

  /** The {@code extra-trees} family. */
  static TreeEnsembleFamily extraTrees() {
    return new TreeEnsembleFamily("extra-trees", true);
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    int features = train.getFeatureIDMap().size();
    float fraction = featureFraction(c.getDouble("max_features"), features, !randomSplits);
    CARTClassificationTrainer tree =
        new CARTClassificationTrainer(
            c.getInt("max_depth"),
            (float) c.getDouble("min_child_weight"),
            0.0f,
            fraction,
            randomSplits,
            CartFamily.impurity(c.getString("impurity")),
            seed);
    FullyWeightedVotingCombiner combiner = new FullyWeightedVotingCombiner();
    return randomSplits
        ? new ExtraTreesTrainer<>(tree, combiner, c.getInt("trees"), seed)
        : new RandomForestTrainer<>(tree, combiner, c.getInt("trees"), seed);
  }

  /**
   * The ensemble tree by tree, checking {@code stopRequested} before each: Tribuo writes every
   * tree's feature map again through reflection, so a forest of hundreds of trees takes seconds
   * to serialise, often longer than it took to train. Built as {@code
   * WeightedEnsembleModel.serialize} builds it (this family's trainers weight members uniformly
   * and combine them with {@link FullyWeightedVotingCombiner}), byte for byte.
   */
  @Override
  public ModelProto serialize(Model<Label> model, BooleanSupplier stopRequested) {
    if (!(model instanceof WeightedEnsembleModel<Label> ensemble)) {
      return super.serialize(model, stopRequested);
    }
    List<Model<Label>> members = ensemble.getModels();
    WeightedEnsembleModelProto.Builder data = WeightedEnsembleModelProto.newBuilder()
        .setMetadata(new ModelDataCarrier<>(ensemble.getName(), ensemble.getProvenance(),
            ensemble.getFeatureIDMap(), ensemble.getOutputIDInfo(),
            ensemble.generatesProbabilities(), ensemble.getProvenance().getTribuoVersion())
            .serialize());
    for (Model<Label> member : members) {
      data.addModels(super.serialize(member, stopRequested)); // checks the stop first
    }
    float weight = 1.0f / members.size();
    members.forEach(m -> data.addWeights(weight));
    data.setCombiner(new FullyWeightedVotingCombiner().serialize());
    return ModelProto.newBuilder()
        .setSerializedData(Any.pack(data.build()))
        .setClassName(WeightedEnsembleModel.class.getName())
        .setVersion(WeightedEnsembleModel.CURRENT_VERSION)
        .build();
  }

  /** Trees times their depth limit (at most 20: deeper limits are rarely reached). */
  @Override
  public double costScale(Configuration c) {
    return c.getInt("trees") * Math.min(20, c.getInt("max_depth"));
  }

  /**
   * The fraction of features tried at a split: {@code round(d^exponent) / d}, at least one feature,
   * and below 1 when Tribuo's random forest demands it.
   */
  static float featureFraction(double exponent, int features, boolean belowOne) {
    long tried = Math.max(1, Math.round(Math.pow(features, exponent)));
    float fraction = (float) Math.min(1.0, tried / (double) features);
    if (belowOne && fraction >= 1.0f) {
      fraction = Math.nextDown(1.0f);
    }
    return fraction;
  }
}
