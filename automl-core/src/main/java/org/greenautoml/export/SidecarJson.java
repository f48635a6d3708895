package org.greenautoml.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.greenautoml.data.EncodingSchema;
import org.greenautoml.trial.InputLayout;

/**
 * Writes and reads {@link ModelSidecar} JSON, format {@value #FORMAT} version {@value #VERSION}:
 *
 * <pre>{@code
 * {"format": "greenautoml-model-sidecar", "version": 1,
 *  "family": "logistic", "trialId": 7,
 *  "scoring": "<how a raw row becomes the model input, in words>",
 *  "encoding": {"featureNames": [...], "categories": {"colour": ["blue", "red"]},
 *               "numericWithMissing": [...], "classes": [...]},        // absent for Tribuo input
 *  "inputLayout": {"features": [{"name", "whenAbsent", "fill", "centre", "scale"}, ...]},
 *  "featureOrder": [...], "classes": [...],
 *  "onnx": {"input": {"name": "input", "type": "float32", "shape": [-1, F]},
 *           "absentFeatureValue": 0.0 or "NaN",
 *           "scores": {"name": "output", "type": "float32", "shape": [-1, C], "probabilities": true},
 *           "label": {"name": "label", "type": "int64", "shape": [-1]}}}    // ONNX exports only
 * }</pre>
 */
final class SidecarJson {

  static final String FORMAT = "greenautoml-model-sidecar";
  static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final String SCORING =
      "Encode each raw row with 'encoding' (numeric columns as they are, a missing numeric cell"
          + " absent, categorical columns one-hot as column=value, unseen or missing categories all"
          + " zeros); then per 'inputLayout' feature: an absent value becomes 'fill' when"
          + " whenAbsent is IMPUTE, 0 when ZERO, stays absent when MISSING; a value v becomes"
          + " (v - centre) / scale. Feed the features in 'featureOrder' (Tribuo feature-ID order),"
          + " a feature still absent as onnx.absentFeatureValue. Score columns follow 'classes'.";

  private SidecarJson() {}

  static void write(ModelSidecar sidecar, Path file) {
    try {
      Files.writeString(file, toJson(sidecar), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static String toJson(ModelSidecar sidecar) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION);
    root.put("family", sidecar.family()).put("trialId", sidecar.trialId());
    root.put("scoring", SCORING);
    sidecar.encoding().ifPresent(e -> root.set("encoding", encoding(e)));
    try {
      root.set("inputLayout", JSON.readTree(sidecar.layout().toJson()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("input layout JSON could not be re-read", e);
    }
    root.set("featureOrder", strings(sidecar.featureOrder()));
    root.set("classes", strings(sidecar.classes()));
    sidecar.onnx().ifPresent(o -> root.set("onnx", onnx(o, sidecar)));
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sidecar could not be written as JSON", e);
    }
  }

  /**
   * Reads a sidecar file.
   *
   * @throws ExportException naming the file and the field if it is missing, not JSON, or not a
   *     sidecar of this version
   */
  static ModelSidecar read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ExportException("the sidecar " + file + " is missing; a model file is loaded with"
          + " the JSON sidecar written beside it");
    }
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new ExportException(file + " is not a GreenAutoML model sidecar (format must be "
            + FORMAT + ")");
      }
      if (root.path("version").asInt(-1) != VERSION) {
        throw new ExportException(file + ": sidecar version must be " + VERSION + ", found "
            + root.path("version"));
      }
      Optional<EncodingSchema> encoding =
          root.has("encoding") ? Optional.of(encoding(root.get("encoding"))) : Optional.empty();
      InputLayout layout = InputLayout.fromJson(JSON.writeValueAsString(need(root, "inputLayout")));
      Optional<OnnxSignature> onnx =
          root.has("onnx") ? Optional.of(onnx(root.get("onnx"))) : Optional.empty();
      return new ModelSidecar(
          need(root, "family").asText(),
          need(root, "trialId").asInt(),
          encoding,
          layout,
          strings(need(root, "featureOrder")),
          strings(need(root, "classes")),
          onnx);
    } catch (IOException | IllegalArgumentException e) {
      throw new ExportException(file + " is not a valid model sidecar: " + e.getMessage(), e);
    }
  }

  private static ObjectNode encoding(EncodingSchema schema) {
    ObjectNode node = JSON.createObjectNode();
    node.set("featureNames", strings(schema.featureNames()));
    ObjectNode categories = node.putObject("categories");
    schema.categories().forEach((column, values) -> categories.set(column, strings(values)));
    node.set("numericWithMissing", strings(new ArrayList<>(new TreeSet<>(schema.numericWithMissing()))));
    node.set("classes", strings(schema.classes()));
    return node;
  }

  private static EncodingSchema encoding(JsonNode node) {
    Map<String, List<String>> categories = new LinkedHashMap<>();
    need(node, "categories").fields()
        .forEachRemaining(entry -> categories.put(entry.getKey(), strings(entry.getValue())));
    return new EncodingSchema(
        strings(need(node, "featureNames")),
        categories,
        new TreeSet<>(strings(need(node, "numericWithMissing"))),
        strings(need(node, "classes")));
  }

  private static ObjectNode onnx(OnnxSignature signature, ModelSidecar sidecar) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode input = node.putObject("input");
    input.put("name", signature.inputName()).put("type", "float32");
    input.putArray("shape").add(-1).add(sidecar.featureOrder().size());
    if (Double.isNaN(signature.absentFeatureValue())) {
      node.put("absentFeatureValue", "NaN");
    } else {
      node.put("absentFeatureValue", signature.absentFeatureValue());
    }
    ObjectNode scores = node.putObject("scores");
    scores.put("name", signature.scoresOutput()).put("type", "float32");
    scores.putArray("shape").add(-1).add(sidecar.classes().size());
    scores.put("probabilities", signature.scoresAreProbabilities());
    signature.labelOutput().ifPresent(label -> {
      ObjectNode labelNode = node.putObject("label");
      labelNode.put("name", label).put("type", "int64");
      labelNode.putArray("shape").add(-1);
    });
    return node;
  }

  private static OnnxSignature onnx(JsonNode node) {
    JsonNode absent = need(node, "absentFeatureValue");
    double absentValue = absent.isNumber() ? absent.asDouble() : Double.parseDouble(absent.asText());
    JsonNode scores = need(node, "scores");
    return new OnnxSignature(
        need(need(node, "input"), "name").asText(),
        absentValue,
        need(scores, "name").asText(),
        need(scores, "probabilities").asBoolean(),
        node.has("label") ? Optional.of(need(node.get("label"), "name").asText()) : Optional.empty());
  }

  private static JsonNode need(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return value;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  private static List<String> strings(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array of strings, found " + node.getNodeType());
    }
    List<String> out = new ArrayList<>();
    node.forEach(value -> out.add(value.asText()));
    return out;
  }
}
