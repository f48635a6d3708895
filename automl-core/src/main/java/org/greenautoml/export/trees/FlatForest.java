package org.greenautoml.export.trees;

import java.util.ArrayList;
import java.util.List;

/**
 * The trees of an ensemble in the flat, parallel-array form of the ONNX-ML
 * {@code TreeEnsembleClassifier} attributes ({@code nodes_*} for every node, {@code class_*} for
 * every (leaf, class) weight). Trees are added one at a time; node ids are unique within a tree.
 * Mutable and not thread-safe: build, then read.
 */
final class FlatForest {

  /** How a split node compares the feature with its threshold to choose the true branch. */
  enum Mode {
    /** {@code x < threshold} goes to the true branch (XGBoost). */
    BRANCH_LT,
    /** {@code x > threshold} goes to the true branch (Tribuo CART). */
    BRANCH_GT
  }

  private final int classes;
  private final List<Long> treeIds = new ArrayList<>();
  private final List<Long> nodeIds = new ArrayList<>();
  private final List<Long> featureIds = new ArrayList<>();
  private final List<String> modes = new ArrayList<>();
  private final List<Float> values = new ArrayList<>();
  private final List<Long> trueIds = new ArrayList<>();
  private final List<Long> falseIds = new ArrayList<>();
  private final List<Long> missingTracksTrue = new ArrayList<>();
  private final List<Long> weightTreeIds = new ArrayList<>();
  private final List<Long> weightNodeIds = new ArrayList<>();
  private final List<Long> weightClassIds = new ArrayList<>();
  private final List<Float> weights = new ArrayList<>();
  private int trees;

  /**
   * An empty forest for {@code classes} classes.
   *
   * @throws IllegalArgumentException if {@code classes < 2}
   */
  FlatForest(int classes) {
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be at least 2, found " + classes);
    }
    this.classes = classes;
  }

  /** Starts a new tree and returns its id (0, 1, 2, ...). */
  int newTree() {
    return trees++;
  }

  /** Adds a split node of tree {@code tree}. */
  void split(int tree, long node, int feature, Mode mode, float threshold, long trueNode,
      long falseNode, boolean missingGoesTrue) {
    checkTree(tree);
    if (Float.isNaN(threshold)) {
      throw new IllegalArgumentException(
          "split threshold must not be NaN, found NaN at tree " + tree + " node " + node);
    }
    addNode(tree, node, feature, mode.name(), threshold, trueNode, falseNode, missingGoesTrue);
  }

  /**
   * Adds a leaf of tree {@code tree} with one weight per class; zero weights are kept, so that
   * every class has a score after any tree (onnxruntime treats a class without one specially).
   */
  void leaf(int tree, long node, float[] classWeights) {
    checkTree(tree);
    if (classWeights.length != classes) {
      throw new IllegalArgumentException(
          "leaf weights must have one entry per class (" + classes + "), found "
              + classWeights.length);
    }
    addNode(tree, node, 0, "LEAF", 0.0f, 0, 0, false);
    for (int c = 0; c < classes; c++) {
      weightTreeIds.add((long) tree);
      weightNodeIds.add(node);
      weightClassIds.add((long) c);
      weights.add(classWeights[c]);
    }
  }

  /** Adds a leaf of tree {@code tree} whose score goes to one class only (XGBoost: tree k % C). */
  void leaf(int tree, long node, int classId, float weight) {
    checkTree(tree);
    if (classId < 0 || classId >= classes) {
      throw new IllegalArgumentException(
          "leaf class must be in [0, " + classes + "), found " + classId);
    }
    addNode(tree, node, 0, "LEAF", 0.0f, 0, 0, false);
    weightTreeIds.add((long) tree);
    weightNodeIds.add(node);
    weightClassIds.add((long) classId);
    weights.add(weight);
  }

  private void addNode(int tree, long node, int feature, String mode, float value, long trueNode,
      long falseNode, boolean missingGoesTrue) {
    treeIds.add((long) tree);
    nodeIds.add(node);
    featureIds.add((long) feature);
    modes.add(mode);
    values.add(value);
    trueIds.add(trueNode);
    falseIds.add(falseNode);
    missingTracksTrue.add(missingGoesTrue ? 1L : 0L);
  }

  private void checkTree(int tree) {
    if (tree < 0 || tree >= trees) {
      throw new IllegalArgumentException(
          "tree must be one started with newTree() (0.." + (trees - 1) + "), found " + tree);
    }
  }

  int classes() {
    return classes;
  }

  int treeCount() {
    return trees;
  }

  int nodeCount() {
    return nodeIds.size();
  }

  List<Long> treeIds() {
    return treeIds;
  }

  List<Long> nodeIds() {
    return nodeIds;
  }

  List<Long> featureIds() {
    return featureIds;
  }

  List<String> modes() {
    return modes;
  }

  List<Float> values() {
    return values;
  }

  List<Long> trueIds() {
    return trueIds;
  }

  List<Long> falseIds() {
    return falseIds;
  }

  List<Long> missingTracksTrue() {
    return missingTracksTrue;
  }

  List<Long> weightTreeIds() {
    return weightTreeIds;
  }

  List<Long> weightNodeIds() {
    return weightNodeIds;
  }

  List<Long> weightClassIds() {
    return weightClassIds;
  }

  List<Float> weights() {
    return weights;
  }
}
