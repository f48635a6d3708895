/**
 * ONNX export of tree models: XGBoost boosters and Tribuo CART trees and their ensembles (random
 * forest, extra trees) as one ONNX-ML {@code TreeEnsembleClassifier} node (ONNX operator spec,
 * {@code ai.onnx.ml} opset 3), followed by standard ONNX nodes that turn its scores into the
 * probabilities and label Tribuo would give. The entry point is
 * {@link org.greenautoml.export.trees.TreeOnnxExporter}.
 */
package org.greenautoml.export.trees;
