package org.greenautoml.export.trees;

import static java.util.Objects.requireNonNull;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * Exports tree classifiers to ONNX: XGBoost models (Tribuo's {@code XGBoostModel}, including the
 * early-stopped ones GreenAutoML trains), Tribuo CART trees ({@code TreeModel}) and weighted
 * ensembles of CART trees (random forest, extra trees), as one ONNX-ML
 * {@code TreeEnsembleClassifier} (ONNX operator spec, {@code ai.onnx.ml} opset 3) followed by
 * standard ONNX nodes (opset 13).
 *
 * <p>The graph's input is one tensor {@code input}, float32 {@code [N, F]} with {@code F =
 * model.getFeatureIDMap().size()}, columns in Tribuo feature-ID order. A feature absent from a
 * Tribuo example is fed as <b>NaN for XGBoost</b> (XGBoost treats it as missing and sends it the
 * learned default way) and as <b>0 for Tribuo trees</b> (Tribuo's sparse semantics; a NaN there
 * goes to the less-or-equal branch, as in Tribuo). The outputs are {@code label}, int64
 * {@code [N]}, the Tribuo output ID of the predicted class, and {@code probabilities}, float32
 * {@code [N, C]} in output-ID order ({@code model.getOutputIDInfo()}); the label is the first
 * largest probability, as in Tribuo.
 *
 * <p>Precision: values and thresholds are compared in float32. XGBoost does the same, so its
 * splits are reproduced exactly. Tribuo trees compare in double; their thresholds are rounded so
 * that data of up to six significant digits goes the way it goes in Tribuo (see
 * {@code TribuoTrees.threshold}), but a value with more digits within one float32 rounding of a
 * threshold can go the other way. Probabilities are summed in float32 (Tribuo: double).
 *
 * <p>Stateless and thread-safe; O(nodes x classes) time and output size.
 */
public final class TreeOnnxExporter {

  private TreeOnnxExporter() {}

  /**
   * Whether this exporter handles the model: an XGBoost model, a Tribuo CART tree, or a weighted
   * ensemble of CART trees combined by {@code FullyWeightedVotingCombiner} or
   * {@code VotingCombiner}.
   */
  public static boolean supports(Model<Label> model) {
    requireNonNull(model, "model");
    return model instanceof XGBoostModel
        || model instanceof TreeModel
        || TribuoTrees.treeEnsembleCombiner(model).isPresent();
  }

  /**
   * The ONNX {@code ModelProto} bytes of {@code model}; see the class comment for the graph's
   * inputs and outputs.
   *
   * @param domain the model's ONNX domain (reverse-DNS, for example {@code org.greenautoml})
   * @param modelVersion the model's ONNX version, at least 0
   * @throws IllegalArgumentException if {@link #supports} is false for the model, naming what is
   *     supported, or if the version is negative
   */
  @SuppressWarnings("unchecked")
  public static byte[] toOnnx(Model<Label> model, String domain, long modelVersion) {
    requireNonNull(model, "model");
    requireNonNull(domain, "domain");
    if (modelVersion < 0) {
      throw new IllegalArgumentException("model version must be at least 0, found " + modelVersion);
    }
    ForestGraph graph;
    if (model instanceof XGBoostModel) {
      graph = XGBoostTrees.read((XGBoostModel<Label>) model);
    } else if (model instanceof TreeModel) {
      graph = TribuoTrees.tree((TreeModel<Label>) model);
    } else if (model instanceof WeightedEnsembleModel) {
      graph = TribuoTrees.ensemble((WeightedEnsembleModel<Label>) model);
    } else {
      throw new IllegalArgumentException("model must be an XGBoost model, a Tribuo CART tree or"
          + " an ensemble of CART trees to export as ONNX trees, found "
          + model.getClass().getName());
    }
    return OnnxTreeGraph.write(graph, domain, modelVersion, docString(model, graph));
  }

  private static String docString(Model<Label> model, ForestGraph graph) {
    return "GreenAutoML export of Tribuo model '" + model.getName() + "' ("
        + model.getClass().getSimpleName() + ", " + graph.forest().treeCount() + " trees). Input "
        + "'input': float32 [N, " + graph.features() + "], columns in Tribuo feature-ID order;"
        + " an absent feature is " + graph.absentFeature() + ". Outputs 'label': int64 [N],"
        + " the Tribuo output ID of the predicted class; 'probabilities': float32 [N, "
        + graph.forest().classes() + "] in output-ID order.";
  }
}
