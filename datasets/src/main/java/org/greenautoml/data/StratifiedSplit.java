package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Stratified, seeded splits: a train / validation / test holdout and k-fold cross-validation, as
 * in Kohavi (1995), "A study of cross-validation and bootstrap for accuracy estimation and model
 * selection", IJCAI. Every class is in every part; a class with too few rows for that is a {@link
 * DatasetException}, never a part without it. Stateless and thread-safe; O(n).
 */
public final class StratifiedSplit {

  private StratifiedSplit() {}

  /**
   * Row indices of a holdout, each array sorted.
   *
   * @param train training rows
   * @param validation validation rows
   * @param test test rows; empty when the test fraction is 0
   */
  public record Holdout(int[] train, int[] validation, int[] test) {
    /** Requires the arrays. */
    public Holdout {
      requireNonNull(train, "train");
      requireNonNull(validation, "validation");
      requireNonNull(test, "test");
    }
  }

  /**
   * One fold of k-fold cross-validation, each array sorted.
   *
   * @param train rows to train on
   * @param test the held-out rows of this fold
   */
  public record Fold(int[] train, int[] test) {
    /** Requires the arrays. */
    public Fold {
      requireNonNull(train, "train");
      requireNonNull(test, "test");
    }
  }

  /**
   * Splits rows by class label into train, validation and test. Per class, the validation and
   * test counts are the rounded fractions of the class size, at least one each when their fraction
   * is above zero, and train keeps the rest (at least one).
   *
   * @param labels class index of every row (for example {@link TabularData#labelIndices()})
   * @param trainFraction above 0
   * @param validationFraction at least 0
   * @param testFraction at least 0; the three add up to 1
   * @throws DatasetException when a class has fewer rows than there are non-empty parts
   */
  public static Holdout holdout(int[] labels, double trainFraction, double validationFraction,
      double testFraction, long seed) {
    return holdout(labels, trainFraction, validationFraction, testFraction, seed,
        c -> "class index " + c);
  }

  /** As {@link #holdout(int[], double, double, double, long)}, naming classes in messages. */
  public static Holdout holdout(TabularData data, double trainFraction, double validationFraction,
      double testFraction, long seed) {
    requireNonNull(data, "data");
    return holdout(data.labelIndices(), trainFraction, validationFraction, testFraction, seed,
        c -> "class '" + data.classes().get(c) + "' of " + data.source());
  }

  private static Holdout holdout(int[] labels, double trainFraction, double validationFraction,
      double testFraction, long seed, IntFunction<String> className) {
    requireNonNull(labels, "labels");
    checkFractions(trainFraction, validationFraction, testFraction);
    ClassGroups groups = new ClassGroups(labels, seed);
    int parts = 1 + (validationFraction > 0 ? 1 : 0) + (testFraction > 0 ? 1 : 0);
    byte[] marks = new byte[labels.length];
    for (int c = 0; c < groups.classes; c++) {
      int n = groups.size(c);
      if (n == 0) {
        continue;
      }
      if (n < parts) {
        throw DatasetException.of(className.apply(c) + " has " + n + " row" + (n == 1 ? "" : "s")
            + ", too few to stratify: a split into " + parts + " parts needs at least " + parts
            + " rows of every class");
      }
      int v = validationFraction > 0 ? Math.max(1, (int) Math.round(n * validationFraction)) : 0;
      int t = testFraction > 0 ? Math.max(1, (int) Math.round(n * testFraction)) : 0;
      while (n - v - t < 1) {
        if (v >= t) {
          v--;
        } else {
          t--;
        }
      }
      for (int i = 0; i < n; i++) {
        marks[groups.order[groups.start[c] + i]] = (byte) (i < t ? 2 : i < t + v ? 1 : 0);
      }
    }
    return new Holdout(ClassGroups.collect(marks, 0), ClassGroups.collect(marks, 1),
        ClassGroups.collect(marks, 2));
  }

  private static void checkFractions(double train, double validation, double test) {
    if (!(train > 0 && train <= 1) || !(validation >= 0 && validation < 1)
        || !(test >= 0 && test < 1)) {
      throw new IllegalArgumentException("fractions must be train in (0, 1], validation and test"
          + " in [0, 1), found " + train + ", " + validation + ", " + test);
    }
    double sum = train + validation + test;
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("fractions must add up to 1, found " + train + " + "
          + validation + " + " + test + " = " + sum);
    }
  }

  /**
   * Stratified k-fold: each class's rows are shuffled and dealt round-robin over the folds,
   * continuing where the previous class stopped so fold sizes differ by at most one.
   *
   * @throws DatasetException when a class has fewer than k rows
   */
  public static List<Fold> kFold(int[] labels, int k, long seed) {
    return kFold(labels, k, seed, c -> "class index " + c);
  }

  /** As {@link #kFold(int[], int, long)}, naming classes in messages. */
  public static List<Fold> kFold(TabularData data, int k, long seed) {
    requireNonNull(data, "data");
    return kFold(data.labelIndices(), k, seed,
        c -> "class '" + data.classes().get(c) + "' of " + data.source());
  }

  private static List<Fold> kFold(int[] labels, int k, long seed,
      IntFunction<String> className) {
    requireNonNull(labels, "labels");
    if (k < 2 || k > 127) {
      throw new IllegalArgumentException("k must be in [2, 127], found " + k);
    }
    ClassGroups groups = new ClassGroups(labels, seed);
    byte[] fold = new byte[labels.length];
    int next = 0;
    for (int c = 0; c < groups.classes; c++) {
      int n = groups.size(c);
      if (n > 0 && n < k) {
        throw DatasetException.of(className.apply(c) + " has " + n + " row" + (n == 1 ? "" : "s")
            + ", too few to stratify " + k + "-fold cross-validation, which needs at least " + k
            + " rows of every class");
      }
      for (int i = 0; i < n; i++) {
        fold[groups.order[groups.start[c] + i]] = (byte) next;
        next = (next + 1) % k;
      }
    }
    List<Fold> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      int[] test = ClassGroups.collect(fold, f);
      int[] train = new int[labels.length - test.length];
      int t = 0;
      for (int i = 0; i < labels.length; i++) {
        if (fold[i] != f) {
          train[t++] = i;
        }
      }
      folds.add(new Fold(train, test));
    }
    return List.copyOf(folds);
  }
}
