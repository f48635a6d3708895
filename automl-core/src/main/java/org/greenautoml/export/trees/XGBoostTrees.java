package org.greenautoml.export.trees;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Reads the trees of a Tribuo {@link XGBoostModel} from the booster's JSON model (XGBoost's
 * {@code doc/model.schema}, version 1.6) into a {@link ForestGraph}.
 *
 * <p>XGBoost sends {@code x < split_condition} left and a missing {@code x} to the side
 * {@code default_left} names; a leaf's value (learning rate included) is its
 * {@code split_conditions} entry, and tree {@code j} adds to the margin of class
 * {@code tree_info[j]}. With {@code multi:softprob} the probabilities are the softmax of
 * {@code base_score + sum of leaves} per class. Tribuo feeds XGBoost the example's features as a
 * sparse row, so an absent feature is a missing value: the graph takes NaN for it.
 *
 * <p>The base score is given to the classifier as {@code base_values} when there are more than two
 * classes; with two, onnxruntime reads {@code base_values} as a single-score binary model would
 * (it overwrites the second class's score), so it is left out, which changes nothing since the
 * softmax of margins shifted by one constant equals the softmax of the margins. Stateless.
 */
final class XGBoostTrees {

  /** How an absent feature is fed, written into the model's metadata. */
  static final String ABSENT = "NaN: XGBoost treats it as a missing value";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private XGBoostTrees() {}

  static ForestGraph read(XGBoostModel<Label> model) {
    int classes = model.getOutputIDInfo().size();
    int features = model.getFeatureIDMap().size();
    JsonNode learner = boosterJson(model).path("learner");
    String objective = learner.path("objective").path("name").asText("");
    if (!objective.equals("multi:softprob")) {
      throw new IllegalArgumentException(
          "XGBoost objective must be multi:softprob (what Tribuo and GreenAutoML train), found '"
              + objective + "'");
    }
    JsonNode booster = learner.path("gradient_booster");
    if (!booster.path("name").asText("").equals("gbtree")) {
      throw new IllegalArgumentException(
          "XGBoost booster must be gbtree, found '" + booster.path("name").asText("") + "'");
    }
    JsonNode params = learner.path("learner_model_param");
    int numClass = Integer.parseInt(params.path("num_class").asText("0"));
    if (numClass != classes) {
      throw new IllegalArgumentException("XGBoost num_class must equal the model's "
          + classes + " classes, found " + numClass);
    }
    float baseScore = Float.parseFloat(params.path("base_score").asText("0.5"));
    JsonNode trees = booster.path("model").path("trees");
    JsonNode treeInfo = booster.path("model").path("tree_info");
    if (!trees.isArray() || trees.size() == 0 || treeInfo.size() != trees.size()) {
      throw new IllegalArgumentException("XGBoost model must have trees and one tree_info entry"
          + " per tree, found " + trees.size() + " trees and " + treeInfo.size() + " entries");
    }
    FlatForest forest = new FlatForest(classes);
    for (int j = 0; j < trees.size(); j++) {
      addTree(forest, trees.get(j), treeInfo.get(j).asInt(), features, j);
    }
    float[] base = new float[classes > 2 ? classes : 0];
    Arrays.fill(base, baseScore);
    return new ForestGraph(forest, features, "SOFTMAX", base, 1.0f, ABSENT);
  }

  private static JsonNode boosterJson(XGBoostModel<Label> model) {
    List<Booster> boosters = model.getInnerModels();
    try {
      if (boosters.size() != 1) {
        throw new IllegalArgumentException(
            "XGBoost classification model must hold one booster, found " + boosters.size());
      }
      return JSON.readTree(boosters.get(0).toByteArray("json"));
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException("XGBoost model could not be read as JSON: "
          + e.getMessage(), e);
    } finally {
      boosters.forEach(Booster::dispose);
    }
  }

  private static void addTree(FlatForest forest, JsonNode tree, int classId, int features,
      int index) {
    JsonNode left = tree.path("left_children");
    JsonNode right = tree.path("right_children");
    JsonNode feature = tree.path("split_indices");
    JsonNode condition = tree.path("split_conditions");
    JsonNode defaultLeft = tree.path("default_left");
    JsonNode splitType = tree.path("split_type");
    int nodes = left.size();
    if (nodes == 0 || right.size() != nodes || feature.size() != nodes
        || condition.size() != nodes || defaultLeft.size() != nodes) {
      throw new IllegalArgumentException(
          "XGBoost tree " + index + " must have one entry per node in every node array");
    }
    int id = forest.newTree();
    for (int i = 0; i < nodes; i++) {
      float value = Float.parseFloat(condition.get(i).asText());
      if (left.get(i).asInt() == -1) {
        forest.leaf(id, i, classId, value);
        continue;
      }
      if (splitType.size() > i && splitType.get(i).asInt() != 0) {
        throw new IllegalArgumentException("XGBoost tree " + index + " node " + i
            + " must be a numeric split, found a categorical one");
      }
      int f = feature.get(i).asInt();
      if (f < 0 || f >= features) {
        throw new IllegalArgumentException("XGBoost tree " + index + " node " + i
            + " must split on a feature in [0, " + features + "), found " + f);
      }
      JsonNode d = defaultLeft.get(i);
      boolean missingLeft = d.isBoolean() ? d.asBoolean() : d.asInt() != 0;
      forest.split(id, i, f, FlatForest.Mode.BRANCH_LT, value, left.get(i).asLong(),
          right.get(i).asLong(), missingLeft);
    }
  }
}
