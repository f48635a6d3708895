package org.greenautoml.export.trees;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ForestGraph} as an ONNX model (ONNX IR version 8, opsets {@code ai.onnx} 13 and
 * {@code ai.onnx.ml} 3): {@code TreeEnsembleClassifier(input) -> scores}, {@code Div(scores,
 * divisor) -> probabilities} when the divisor is not 1, {@code ArgMax(probabilities, axis 1) ->
 * label}.
 *
 * <p>The label is the first largest probability, not the classifier's own label output:
 * onnxruntime decides the two-class label from the second class's score alone (positive, or above
 * 0.5), which is not the argmax Tribuo takes; its label output is left unused. Stateless.
 */
final class OnnxTreeGraph {

  static final String INPUT = "input";
  static final String LABEL = "label";
  static final String PROBABILITIES = "probabilities";
  static final String ML_DOMAIN = "ai.onnx.ml";
  static final int ONNX_OPSET = 13;
  static final int ML_OPSET = 3;
  private static final long IR_VERSION = 8;

  private OnnxTreeGraph() {}

  /** The serialised model. */
  static byte[] write(ForestGraph g, String domain, long modelVersion, String docString) {
    boolean divide = g.divisor() != 1.0f;
    String scores = divide ? "tree_scores" : PROBABILITIES;
    GraphProto.Builder graph = GraphProto.newBuilder().setName("greenautoml_trees");
    graph.addInput(tensor(INPUT, TensorProto.DataType.FLOAT, g.features()));
    graph.addNode(classifier(g, scores));
    if (divide) {
      graph.addInitializer(TensorProto.newBuilder().setName("divisor")
          .setDataType(TensorProto.DataType.FLOAT_VALUE).addFloatData(g.divisor()));
      graph.addNode(NodeProto.newBuilder().setName("average").setOpType("Div")
          .addInput(scores).addInput("divisor").addOutput(PROBABILITIES));
    }
    graph.addNode(NodeProto.newBuilder().setName("argmax").setOpType("ArgMax")
        .addInput(PROBABILITIES).addOutput(LABEL)
        .addAttribute(intAttribute("axis", 1))
        .addAttribute(intAttribute("keepdims", 0))
        .addAttribute(intAttribute("select_last_index", 0)));
    graph.addOutput(tensor(LABEL, TensorProto.DataType.INT64, -1));
    graph.addOutput(tensor(PROBABILITIES, TensorProto.DataType.FLOAT, g.forest().classes()));
    return ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .setProducerName("GreenAutoML")
        .setProducerVersion(producerVersion())
        .setDomain(domain)
        .setModelVersion(modelVersion)
        .setDocString(docString)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(ONNX_OPSET))
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain(ML_DOMAIN).setVersion(ML_OPSET))
        .addMetadataProps(StringStringEntryProto.newBuilder()
            .setKey("greenautoml.input.absent_feature").setValue(g.absentFeature()))
        .setGraph(graph)
        .build()
        .toByteArray();
  }

  private static NodeProto classifier(ForestGraph g, String scoresOutput) {
    FlatForest f = g.forest();
    List<Long> labels = new ArrayList<>();
    for (long c = 0; c < f.classes(); c++) {
      labels.add(c);
    }
    NodeProto.Builder node = NodeProto.newBuilder()
        .setName("trees").setOpType("TreeEnsembleClassifier").setDomain(ML_DOMAIN)
        .addInput(INPUT).addOutput("tree_label_unused").addOutput(scoresOutput)
        .addAttribute(intsAttribute("classlabels_int64s", labels))
        .addAttribute(intsAttribute("nodes_treeids", f.treeIds()))
        .addAttribute(intsAttribute("nodes_nodeids", f.nodeIds()))
        .addAttribute(intsAttribute("nodes_featureids", f.featureIds()))
        .addAttribute(stringsAttribute("nodes_modes", f.modes()))
        .addAttribute(floatsAttribute("nodes_values", f.values()))
        .addAttribute(intsAttribute("nodes_truenodeids", f.trueIds()))
        .addAttribute(intsAttribute("nodes_falsenodeids", f.falseIds()))
        .addAttribute(intsAttribute("nodes_missing_value_tracks_true", f.missingTracksTrue()))
        .addAttribute(intsAttribute("class_treeids", f.weightTreeIds()))
        .addAttribute(intsAttribute("class_nodeids", f.weightNodeIds()))
        .addAttribute(intsAttribute("class_ids", f.weightClassIds()))
        .addAttribute(floatsAttribute("class_weights", f.weights()))
        .addAttribute(AttributeProto.newBuilder().setName("post_transform")
            .setType(AttributeType.STRING).setS(utf8(g.postTransform())));
    if (g.baseValues().length > 0) {
      List<Float> base = new ArrayList<>();
      for (float v : g.baseValues()) {
        base.add(v);
      }
      node.addAttribute(floatsAttribute("base_values", base));
    }
    return node.build();
  }

  /** A tensor value info of shape [N] ({@code width < 0}) or [N, width]. */
  private static ValueInfoProto tensor(String name, TensorProto.DataType type, int width) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
        .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"));
    if (width >= 0) {
      shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width));
    }
    return ValueInfoProto.newBuilder().setName(name)
        .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
            .setElemType(type.getNumber()).setShape(shape)))
        .build();
  }

  private static AttributeProto intAttribute(String name, long value) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeType.INT).setI(value).build();
  }

  private static AttributeProto intsAttribute(String name, List<Long> values) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeType.INTS)
        .addAllInts(values).build();
  }

  private static AttributeProto floatsAttribute(String name, List<Float> values) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeType.FLOATS)
        .addAllFloats(values).build();
  }

  private static AttributeProto stringsAttribute(String name, List<String> values) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name)
        .setType(AttributeType.STRINGS);
    values.forEach(v -> a.addStrings(utf8(v)));
    return a.build();
  }

  private static ByteString utf8(String s) {
    return ByteString.copyFrom(s, StandardCharsets.UTF_8);
  }

  private static String producerVersion() {
    String version = OnnxTreeGraph.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
