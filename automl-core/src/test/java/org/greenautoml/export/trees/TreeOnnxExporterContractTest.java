package org.greenautoml.export.trees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.ensemble.EnsembleCombiner;
import org.tribuo.ensemble.WeightedEnsembleModel;

final class TreeOnnxExporterContractTest {

  private static final long SEED = 7L;
  /**
   * Unequal member weights whose subset sums all differ, so that no two classes tie; weights
   * such as 0.1 + 0.2 against 0.3 tie in decimals and round differently in float32 and double.
   */
  private static final float[] DISTINCT_SUBSET_SUMS = {1f, 2f, 4f, 8f, 16f, 32f};
  private static ExportData.Split vehicle;
  private static List<Model<Label>> trees;

  @BeforeAll
  static void trainTrees() {
    java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
    vehicle = ExportData.load("vehicle", 900, Families.byName("cart"), SEED);
    trees = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      trees.add(new CARTClassificationTrainer(6, 5.0f, 0.0f, 0.5f, false, new GiniIndex(), seed)
          .train(vehicle.train()));
    }
  }

  @Test
  void supports_linearModel_isFalseAndToOnnxNamesWhatWorks() {
    ModelFamily logistic = Families.byName("logistic");
    ExportData.Split split = ExportData.load("breast-cancer-wisconsin", 600, logistic, SEED);
    Model<Label> model = logistic.train(split.train(), split.validation(),
        logistic.space().defaults().get(0), SEED);

    assertThat(TreeOnnxExporter.supports(model)).isFalse();
    assertThatThrownBy(() -> TreeOnnxExporter.toOnnx(model, "org.greenautoml", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XGBoost")
        .hasMessageContaining("CART")
        .hasMessageContaining(model.getClass().getName());
  }

  @Test
  void toOnnx_negativeVersion_throws() {
    assertThatThrownBy(() -> TreeOnnxExporter.toOnnx(trees.get(0), "org.greenautoml", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model version must be at least 0, found -1");
  }

  @Test
  void toOnnx_tree_declaresInputOutputsAndOpsets() throws Exception {
    Model<Label> tree = trees.get(0);
    OnnxMl.ModelProto proto =
        OnnxMl.ModelProto.parseFrom(TreeOnnxExporter.toOnnx(tree, "org.example", 3));

    assertThat(proto.getDomain()).isEqualTo("org.example");
    assertThat(proto.getModelVersion()).isEqualTo(3);
    Map<String, Long> opsets = proto.getOpsetImportList().stream().collect(Collectors.toMap(
        OnnxMl.OperatorSetIdProto::getDomain, OnnxMl.OperatorSetIdProto::getVersion));
    assertThat(opsets).containsEntry("ai.onnx.ml", 3L).containsEntry("", 13L);
    OnnxMl.GraphProto graph = proto.getGraph();
    assertThat(graph.getNodeList()).extracting(OnnxMl.NodeProto::getOpType)
        .contains("TreeEnsembleClassifier", "ArgMax");
    OnnxMl.ValueInfoProto input = graph.getInput(0);
    assertThat(input.getName()).isEqualTo("input");
    assertThat(input.getType().getTensorType().getElemType())
        .isEqualTo(OnnxMl.TensorProto.DataType.FLOAT_VALUE);
    assertThat(input.getType().getTensorType().getShape().getDim(1).getDimValue())
        .isEqualTo(tree.getFeatureIDMap().size());
    assertThat(graph.getOutputList()).extracting(OnnxMl.ValueInfoProto::getName)
        .containsExactly("label", "probabilities");
    assertThat(graph.getOutput(1).getType().getTensorType().getShape().getDim(1).getDimValue())
        .isEqualTo(tree.getOutputIDInfo().size());
  }

  @Test
  void toOnnx_labelVotesWithEqualWeights_matchesTribuoTiesIncluded() throws Exception {
    assertEnsembleMatches(new VotingCombiner(), null);
  }

  @Test
  void toOnnx_labelVotesWithUnequalWeights_matchesTribuo() throws Exception {
    assertEnsembleMatches(new VotingCombiner(), DISTINCT_SUBSET_SUMS);
  }

  @Test
  void toOnnx_meanDistributionWithUnequalWeights_matchesTribuo() throws Exception {
    assertEnsembleMatches(new FullyWeightedVotingCombiner(),
        DISTINCT_SUBSET_SUMS);
  }

  private static void assertEnsembleMatches(EnsembleCombiner<Label> combiner, float[] weights)
      throws Exception {
    WeightedEnsembleModel<Label> ensemble = weights == null
        ? WeightedEnsembleModel.createEnsembleFromExistingModels("e", trees, combiner)
        : WeightedEnsembleModel.createEnsembleFromExistingModels("e", trees, combiner, weights);
    assertThat(TreeOnnxExporter.supports(ensemble)).isTrue();
    float[][] input = ExportData.matrix(vehicle.test(), ensemble.getFeatureIDMap(), 0.0f);
    ExportData.Answers expected = ExportData.tribuo(ensemble, vehicle.test());
    ExportData.Answers actual;
    try (OnnxScorer scorer =
        new OnnxScorer(TreeOnnxExporter.toOnnx(ensemble, "org.greenautoml", 1))) {
      actual = scorer.score(input);
    }

    assertThat(actual.labels()).containsExactly(expected.labels());
    assertThat(TreeOnnxExporterTest.largestDifference(expected.probabilities(),
        actual.probabilities())).isLessThanOrEqualTo(1e-5);
  }
}
