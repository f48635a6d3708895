package org.greenautoml.export;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.function.Predicate;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * One way of writing Tribuo models as ONNX: the families it covers, whether it takes a given
 * model, how it writes it, and the graph's interface it produces.
 *
 * @param families the family names whose models this route exports
 * @param supports whether a model can be written by this route
 * @param writer writes a model as ONNX bytes
 * @param scoresOutput the name of the float32 {@code [N, C]} scores output
 * @param labelOutput the name of an int64 {@code [N]} label output, or empty when there is none
 */
record OnnxRoute(
    Set<String> families,
    Predicate<Model<Label>> supports,
    Writer writer,
    String scoresOutput,
    java.util.Optional<String> labelOutput) {

  /** Writes a model as a serialised ONNX {@code ModelProto}. */
  @FunctionalInterface
  interface Writer {
    byte[] toOnnx(Model<Label> model, String domain, long modelVersion);
  }

  /** Checks the parts. */
  OnnxRoute {
    families = Set.copyOf(families);
    requireNonNull(supports, "supports");
    requireNonNull(writer, "writer");
    requireNonNull(scoresOutput, "scoresOutput");
    requireNonNull(labelOutput, "labelOutput");
  }
}
