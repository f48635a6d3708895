package org.greenautoml.family;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of model families, built explicitly (no reflection or classpath scanning), in a
 * stable order: {@code xgboost, logistic, linear-svm, cart, random-forest, extra-trees, knn, fm,
 * rbf-svm, naive-bayes}. Immutable and thread-safe.
 */
public final class Families {

  private static final List<ModelFamily> ALL =
      List.of(
          new XGBoostFamily(),
          new LogisticFamily(),
          new LinearSvmFamily(),
          new CartFamily(),
          TreeEnsembleFamily.randomForest(),
          TreeEnsembleFamily.extraTrees(),
          new KnnFamily(),
          new FactorizationMachineFamily(),
          new RbfSvmFamily(),
          new NaiveBayesFamily());

  private static final Map<String, ModelFamily> BY_NAME = index(ALL);

  private Families() {}

  /** Every family, in the stable order above. */
  public static List<ModelFamily> all() {
    return ALL;
  }

  /**
   * The family with this id.
   *
   * @throws IllegalArgumentException listing the known ids if there is none
   */
  public static ModelFamily byName(String name) {
    requireNonNull(name, "name");
    ModelFamily family = BY_NAME.get(name);
    if (family == null) {
      throw new IllegalArgumentException(
          "model family must be one of " + BY_NAME.keySet() + ", found " + name);
    }
    return family;
  }

  private static Map<String, ModelFamily> index(List<ModelFamily> families) {
    Map<String, ModelFamily> byName = new LinkedHashMap<>();
    for (ModelFamily family : families) {
      if (byName.put(family.name(), family) != null) {
        throw new IllegalStateException("family names must be distinct, found " + family.name());
      }
    }
    return java.util.Collections.unmodifiableMap(byName);
  }
}
