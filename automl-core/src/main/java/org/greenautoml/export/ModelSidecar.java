package org.greenautoml.export;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.greenautoml.data.EncodingSchema;
import org.greenautoml.trial.InputLayout;

/**
 * What a saved or exported model needs beside it to score raw table rows: how a row is encoded
 * into Tribuo features, how the features are preprocessed, the order in which the model takes
 * them, its classes, and for ONNX files the graph's input and outputs. Written as JSON by {@link
 * SidecarJson}.
 *
 * @param family the model family's name
 * @param trialId the trial that trained the model
 * @param encoding how table columns become features (numeric as is, categorical one-hot {@code
 *     column=value}); empty when the search was given an encoded Tribuo dataset
 * @param layout the preprocessing: imputation means and standardisation per feature
 * @param featureOrder the model's feature names in Tribuo feature-ID order (the ONNX input order)
 * @param classes the class labels in output-ID order (the ONNX score columns)
 * @param onnx the graph's interface, for an ONNX export only
 */
record ModelSidecar(
    String family,
    int trialId,
    Optional<EncodingSchema> encoding,
    InputLayout layout,
    List<String> featureOrder,
    List<String> classes,
    Optional<OnnxSignature> onnx) {

  /** Checks the parts. */
  ModelSidecar {
    requireNonNull(family, "family");
    requireNonNull(encoding, "encoding");
    requireNonNull(layout, "layout");
    featureOrder = List.copyOf(featureOrder);
    classes = List.copyOf(classes);
    requireNonNull(onnx, "onnx");
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("classes must not be empty, found none");
    }
    if (new HashSet<>(featureOrder).size() != featureOrder.size()) {
      throw new IllegalArgumentException(
          "feature order must not repeat a name, found " + featureOrder.size() + " names with"
              + " repeats");
    }
  }

  /** This sidecar with an ONNX interface. */
  ModelSidecar withOnnx(OnnxSignature signature) {
    return new ModelSidecar(
        family, trialId, encoding, layout, featureOrder, classes, Optional.of(signature));
  }
}
