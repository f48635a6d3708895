package org.greenautoml.export;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The interface of an exported ONNX graph as its {@code .layout.json} sidecar states it.
 *
 * <p>Tribuo's own exports ({@code ONNXExportable.exportONNXModel}, Tribuo 4.3: {@code
 * ONNXContext.floatInput/floatOutput}) take one input {@code "input"}, float32 of shape {@code
 * [batch, F]} with the features in Tribuo feature-ID order, and give one output {@code "output"},
 * float32 of shape {@code [batch, C]} in output-ID order: softmax probabilities for the SGD linear
 * and factorization-machine models (log loss), LibLinear decision values for linear SVMs, and
 * one-vs-one vote counts for LibSVM without probability estimates, exactly the scores of Tribuo's
 * {@code Prediction}. Tree exports add an int64 {@code "label"} output.
 *
 * @param inputName the float32 {@code [batch, F]} input
 * @param absentFeatureValue what a feature absent after preprocessing is fed as: 0 (Tribuo's sparse
 *     convention) or NaN (missing, for models such as XGBoost that learned where missing values go)
 * @param scoresOutput the float32 {@code [batch, C]} output of class scores in output-ID order
 * @param scoresAreProbabilities whether those scores are probabilities
 * @param labelOutput an int64 {@code [batch]} output of predicted output IDs, when the graph has
 *     one; otherwise the label is the first class of highest score
 */
record OnnxSignature(
    String inputName,
    double absentFeatureValue,
    String scoresOutput,
    boolean scoresAreProbabilities,
    Optional<String> labelOutput) {

  /** Tribuo's input name, {@code ONNXContext.floatInput(int)}. */
  static final String TRIBUO_INPUT = "input";

  /** Tribuo's output name, {@code ONNXContext.floatOutput(int)}. */
  static final String TRIBUO_OUTPUT = "output";

  /** Checks the parts. */
  OnnxSignature {
    requireNonNull(inputName, "inputName");
    requireNonNull(scoresOutput, "scoresOutput");
    requireNonNull(labelOutput, "labelOutput");
    if (absentFeatureValue != 0.0 && !Double.isNaN(absentFeatureValue)) {
      throw new IllegalArgumentException(
          "absent feature value must be 0 or NaN, found " + absentFeatureValue);
    }
  }
}
