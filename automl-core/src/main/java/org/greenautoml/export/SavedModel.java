package org.greenautoml.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greenautoml.data.TabularData;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * A saved model ready to score raw table rows: a Tribuo protobuf file ({@code .tribuo}, with its
 * {@code .json} sidecar) or an exported ONNX file ({@code .onnx}, with its {@code .onnx.layout.json}
 * sidecar).
 *
 * <p>Rows are turned into the model's input in Java, from the sidecar: the table encoding (numeric
 * columns as they are, categorical one-hot), then imputation and standardisation, in Tribuo
 * feature-ID order. A Tribuo model then predicts the examples; an ONNX graph is fed the float
 * matrix in onnxruntime (one thread). Only Tribuo protobuf and ONNX are ever read, never Java
 * serialization.
 *
 * <p>Thread-safe. An ONNX model holds a native session: {@link #close()} it when done (it is
 * otherwise released when the JVM exits).
 */
public final class SavedModel implements AutoCloseable {

  /** The file kinds {@link #loadFile} accepts, for messages. */
  static final String ACCEPTED =
      "a Tribuo model (.tribuo, with its .json sidecar beside it) or an ONNX model exported by"
          + " GreenAutoML (.onnx, with its .onnx.layout.json sidecar beside it)";

  private final ModelSidecar sidecar;
  private final ModelScorer scorer;

  private SavedModel(ModelSidecar sidecar, ModelScorer scorer) {
    this.sidecar = sidecar;
    this.scorer = scorer;
  }

  /**
   * Loads a model file with its sidecar.
   *
   * @throws ExportException if the file has another extension, is missing, truncated or corrupted,
   *     or does not match its sidecar
   */
  public static SavedModel loadFile(Path modelFile) {
    requireNonNull(modelFile, "modelFile");
    String name = modelFile.getFileName() == null ? "" : modelFile.getFileName().toString();
    if (!Files.isRegularFile(modelFile)) {
      throw new ExportException("model file " + modelFile + " does not exist or is not a file");
    }
    if (name.endsWith(ExportFormat.TRIBUO.extension())) {
      return tribuo(modelFile, tribuoSidecar(modelFile));
    }
    if (name.endsWith(ExportFormat.ONNX.extension())) {
      return onnx(modelFile, onnxSidecar(modelFile));
    }
    throw new ExportException(
        "cannot load " + modelFile + ": the model file must be " + ACCEPTED);
  }

  /** The sidecar of a {@code .tribuo} file: the same name ending in {@code .json}. */
  static Path tribuoSidecar(Path tribuoFile) {
    String name = tribuoFile.getFileName().toString();
    return tribuoFile.resolveSibling(
        name.substring(0, name.length() - ExportFormat.TRIBUO.extension().length()) + ".json");
  }

  /** The sidecar of a {@code .onnx} file: the same name with {@code .layout.json} appended. */
  static Path onnxSidecar(Path onnxFile) {
    return onnxFile.resolveSibling(onnxFile.getFileName() + ".layout.json");
  }

  static SavedModel tribuo(Path modelFile, Path sidecarFile) {
    ModelSidecar sidecar = SidecarJson.read(sidecarFile);
    Model<Label> model = readTribuo(modelFile);
    requireMatches(model, sidecar, modelFile);
    return new SavedModel(
        sidecar, new TribuoScorer(model, RowFeatures.of(sidecar, modelFile.toString()),
            sidecar.classes()));
  }

  static SavedModel onnx(Path modelFile, Path sidecarFile) {
    ModelSidecar sidecar = SidecarJson.read(sidecarFile);
    RowFeatures features = RowFeatures.of(sidecar, modelFile.toString());
    return new SavedModel(sidecar, OnnxScorer.open(modelFile, sidecar, features));
  }

  /**
   * Reads a Tribuo protobuf classification model; an XGBoost model is set to one native thread.
   *
   * @throws ExportException if the file is not a readable Tribuo classification model
   */
  static Model<Label> readTribuo(Path file) {
    Model<?> model;
    try {
      model = Model.deserializeFromFile(file);
    } catch (IOException | RuntimeException e) {
      throw new ExportException(
          file + " is not a readable Tribuo model file (truncated or corrupted?): "
              + e.getMessage(), e);
    }
    if (!model.validate(Label.class)) {
      throw new ExportException(file + " is a Tribuo model, but not a classification model");
    }
    Model<Label> classifier = model.castModel(Label.class);
    if (classifier instanceof XGBoostModel<Label> boosted) {
      boosted.setNumThreads(1);
    }
    return classifier;
  }

  /** The model's feature names in Tribuo feature-ID order. */
  static List<String> featureOrder(Model<Label> model) {
    ImmutableFeatureMap features = model.getFeatureIDMap();
    List<String> names = new ArrayList<>(features.size());
    for (int id = 0; id < features.size(); id++) {
      names.add(features.get(id).getName());
    }
    return names;
  }

  /** The model's class labels in output-ID order. */
  static List<String> classes(Model<Label> model) {
    ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
    List<String> names = new ArrayList<>(outputs.size());
    for (int id = 0; id < outputs.size(); id++) {
      names.add(outputs.getOutput(id).getLabel());
    }
    return names;
  }

  private static void requireMatches(Model<Label> model, ModelSidecar sidecar, Path file) {
    if (!featureOrder(model).equals(sidecar.featureOrder())
        || !classes(model).equals(sidecar.classes())) {
      throw new ExportException(file + " does not match its sidecar: the features or classes"
          + " differ; keep each model file with the sidecar written beside it");
    }
  }

  /** The family that trained the model. */
  public String family() {
    return sidecar.family();
  }

  /** The trial that trained the model. */
  public int trialId() {
    return sidecar.trialId();
  }

  /** The class labels, in the order of {@link #predictProbabilities} columns. */
  public List<String> classes() {
    return sidecar.classes();
  }

  /**
   * The predicted label of every row.
   *
   * @throws ExportException if the rows lack a column the model was trained on
   */
  public List<String> predictLabels(TabularData rows) {
    return scorer.score(requireNonNull(rows, "rows")).labels();
  }

  /**
   * The class scores of every row, columns in {@link #classes()} order: probabilities for models
   * that give them, otherwise the model's decision scores (SVM decision values or votes), as
   * Tribuo's predictions carry them.
   *
   * @throws ExportException if the rows lack a column the model was trained on
   */
  public float[][] predictProbabilities(TabularData rows) {
    return scorer.score(requireNonNull(rows, "rows")).scores();
  }

  /** Releases the ONNX session, if any. */
  @Override
  public void close() {
    scorer.close();
  }
}
