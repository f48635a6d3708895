/**
 * Saving, exporting and reloading the models of a search.
 *
 * <p>{@link org.greenautoml.export.ModelStore} keeps each front model of a run directory in
 * Tribuo's protobuf format ({@code models/trial-<id>.tribuo}) beside a JSON sidecar that says how a
 * raw table row becomes the model's input: the table encoding ({@link
 * org.greenautoml.data.EncodingSchema}), the preprocessing ({@link
 * org.greenautoml.trial.InputLayout}), the Tribuo feature order and the classes in output-ID order.
 * {@link org.greenautoml.export.ModelExporter} writes a saved model as Tribuo protobuf or as ONNX
 * (ONNX IR, <a href="https://onnx.ai/onnx/repo-docs/IR.html">onnx.ai</a>) with a {@code
 * .layout.json} sidecar, and {@link org.greenautoml.export.SavedModel} scores raw rows with either.
 * Only Tribuo protobuf and ONNX are ever read; Java serialization never is.
 */
package org.greenautoml.export;
