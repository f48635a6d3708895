package org.greenautoml.export.trees;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.protos.core.WeightedEnsembleModelProto;

/**
 * Reads Tribuo CART trees ({@link TreeModel}) and weighted ensembles of them (random forest, extra
 * trees) into a {@link ForestGraph}.
 *
 * <p>Tribuo's {@code SplitNode} sends {@code x > splitValue} to its greater branch and everything
 * else (NaN included) to its less-or-equal branch, so splits are {@code BRANCH_GT} with the greater
 * branch as the true one and no missing-value tracking. A tree reads its example as a sparse vector:
 * an absent feature is 0, and the graph takes 0 for it. A leaf scores its class distribution.
 *
 * <p>Ensembles: {@link FullyWeightedVotingCombiner} (what {@code TreeEnsembleFamily} uses) gives
 * {@code sum_i w_i p_i(c) / sum_i,c w_i p_i(c)}; {@link VotingCombiner} gives
 * {@code sum_i w_i [c = label_i] / sum_i w_i}. Both become leaf weights summed by the classifier
 * and divided by {@code sum_i w_i}; with equal member weights the leaves carry the unweighted
 * distribution or a vote of 1 and the divisor is the number of trees, so that vote counts are
 * exact integers and tied classes stay tied in float arithmetic (ties go to the lowest output id,
 * as in Tribuo). With unequal member weights the sums are float32 and Tribuo's are double: classes
 * whose weighted scores tie in exact arithmetic (weights 0.1 + 0.2 against 0.3) may then be
 * ordered differently. Stateless.
 */
final class TribuoTrees {

  /** How an absent feature is fed, written into the model's metadata. */
  static final String ABSENT = "0: Tribuo's sparse examples read an absent feature as 0";

  /** How an ensemble combines its members' predictions. */
  enum Combiner {
    /** {@link FullyWeightedVotingCombiner}: the weighted mean of the class distributions. */
    MEAN_DISTRIBUTION,
    /** {@link VotingCombiner}: the weighted share of the members' labels. */
    LABEL_VOTES
  }

  private TribuoTrees() {}

  /** The combiner of an ensemble whose members are all trees, or empty if it is not one. */
  static Optional<Combiner> treeEnsembleCombiner(Model<Label> model) {
    if (!(model instanceof WeightedEnsembleModel<Label> ensemble)
        || ensemble.getNumModels() == 0
        || !ensemble.getModels().stream().allMatch(m -> m instanceof TreeModel)) {
      return Optional.empty();
    }
    String name = serialised(ensemble).getCombiner().getClassName();
    if (name.equals(FullyWeightedVotingCombiner.class.getName())) {
      return Optional.of(Combiner.MEAN_DISTRIBUTION);
    }
    if (name.equals(VotingCombiner.class.getName())) {
      return Optional.of(Combiner.LABEL_VOTES);
    }
    return Optional.empty();
  }

  /** One CART tree: the leaf's distribution is the prediction. */
  static ForestGraph tree(TreeModel<Label> model) {
    FlatForest forest = new FlatForest(model.getOutputIDInfo().size());
    addTree(forest, model, model.getFeatureIDMap(), model.getOutputIDInfo(),
        Combiner.MEAN_DISTRIBUTION, 1.0);
    return new ForestGraph(forest, model.getFeatureIDMap().size(), "NONE", new float[0], 1.0f,
        ABSENT);
  }

  /**
   * An ensemble of CART trees.
   *
   * @throws IllegalArgumentException if a member is not a tree or the combiner is not one of
   *     {@link Combiner}
   */
  @SuppressWarnings("unchecked")
  static ForestGraph ensemble(WeightedEnsembleModel<Label> model) {
    Combiner combiner = treeEnsembleCombiner(model).orElseThrow(() -> new IllegalArgumentException(
        "ensemble must hold only Tribuo CART trees combined by VotingCombiner or"
            + " FullyWeightedVotingCombiner, found " + model));
    List<Float> weights = serialised(model).getWeightsList();
    List<Model<Label>> members = model.getModels();
    boolean uniform = weights.stream().distinct().count() == 1;
    double total = 0.0;
    FlatForest forest = new FlatForest(model.getOutputIDInfo().size());
    for (int i = 0; i < members.size(); i++) {
      double factor = uniform ? 1.0 : weights.get(i);
      total += factor;
      addTree(forest, (TreeModel<Label>) members.get(i), model.getFeatureIDMap(),
          model.getOutputIDInfo(), combiner, factor);
    }
    return new ForestGraph(forest, model.getFeatureIDMap().size(), "NONE", new float[0],
        (float) total, ABSENT);
  }

  private static WeightedEnsembleModelProto serialised(WeightedEnsembleModel<Label> model) {
    try {
      return model.serialize().getSerializedData().unpack(WeightedEnsembleModelProto.class);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("Tribuo ensemble could not be read back from its"
          + " protobuf form: " + e.getMessage(), e);
    }
  }

  /** A tree node waiting for its id in the flat form. */
  private record Pending(Node<Label> node, long id) {}

  private static void addTree(FlatForest forest, TreeModel<Label> tree,
      ImmutableFeatureMap features, ImmutableOutputInfo<Label> outputs, Combiner combiner,
      double factor) {
    int treeId = forest.newTree();
    ImmutableFeatureMap own = tree.getFeatureIDMap();
    Deque<Pending> pending = new ArrayDeque<>();
    pending.push(new Pending(tree.getRoot(), 0));
    long nextId = 1;
    while (!pending.isEmpty()) {
      Pending p = pending.pop();
      if (p.node() instanceof SplitNode<Label> split) {
        long greater = nextId++;
        long lessOrEqual = nextId++;
        forest.split(treeId, p.id(), feature(split, own, features), FlatForest.Mode.BRANCH_GT,
            threshold(split.splitValue()), greater, lessOrEqual, false);
        pending.push(new Pending(split.getGreaterThan(), greater));
        pending.push(new Pending(split.getLessThanOrEqual(), lessOrEqual));
      } else if (p.node() instanceof LeafNode<Label> leaf) {
        forest.leaf(treeId, p.id(), leafWeights(leaf, outputs, combiner, factor));
      } else {
        throw new IllegalArgumentException("tree node must be a SplitNode or a LeafNode, found "
            + p.node().getClass().getName());
      }
    }
  }

  /**
   * The float32 threshold {@code T} for Tribuo's double threshold {@code t}, so that
   * {@code float(x) > T} agrees with {@code x > t}. Only the values {@code x} that round to the
   * same float as {@code t} are in doubt; among them the likely data value is the shortest decimal
   * of that float (a split between 13.88 and 13.92 is 13.899999999999999, and the data value
   * 13.9 is above it in double but equal to it in float32), so {@code T} sends that value the way
   * Tribuo does. Exact for data of up to six significant digits.
   */
  static float threshold(double t) {
    float nearest = (float) t;
    if (Float.isInfinite(nearest) || Float.isNaN(nearest)) {
      return nearest;
    }
    double likelyValue = Double.parseDouble(Float.toString(nearest));
    return likelyValue > t ? Math.nextDown(nearest) : nearest;
  }

  private static int feature(SplitNode<Label> split, ImmutableFeatureMap own,
      ImmutableFeatureMap features) {
    String name = own.get(split.getFeatureID()).getName();
    int id = features.getID(name);
    if (id < 0) {
      throw new IllegalArgumentException(
          "tree splits on feature '" + name + "', which the model's feature map lacks");
    }
    return id;
  }

  private static float[] leafWeights(LeafNode<Label> leaf, ImmutableOutputInfo<Label> outputs,
      Combiner combiner, double factor) {
    float[] weights = new float[outputs.size()];
    if (combiner == Combiner.LABEL_VOTES) {
      weights[classId(leaf.getOutput(), outputs)] = (float) factor;
      return weights;
    }
    for (Map.Entry<String, Label> entry : leaf.getDistribution().entrySet()) {
      weights[classId(entry.getValue(), outputs)] += (float) (factor * entry.getValue().getScore());
    }
    return weights;
  }

  private static int classId(Label label, ImmutableOutputInfo<Label> outputs) {
    int id = outputs.getID(label);
    if (id < 0) {
      throw new IllegalArgumentException("tree leaf predicts class '" + label.getLabel()
          + "', which is not among the model's classes " + outputs.getDomain());
    }
    return id;
  }
}
