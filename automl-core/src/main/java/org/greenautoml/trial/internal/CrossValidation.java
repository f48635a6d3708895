package org.greenautoml.trial.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Selection that survives noise: on small data, a top-fidelity trial is scored by stratified
 * k-fold cross-validation nested with the search's split instead of by its one holdout.
 *
 * <p>Fold 0 is the search's own split (the model trained on the training partition and scored on
 * the validation rows, the model the trial keeps); the other {@code folds - 1} folds come from
 * {@link PreparedData#otherFolds}: the training partition dealt into stratified parts, each fold
 * training on the other parts plus the validation rows. With the default validation fraction 0.2
 * and 5 folds every fold scores on a fifth of the rows. The mean accuracy over the folds ranks
 * the trial (it is the trial's validation accuracy, so the front, promotion and "most accurate"
 * use it), and its standard error ({@code sd / sqrt(k)}) is reported beside it; the holdout's
 * own accuracy is kept too. Every fold's training and scoring runs inside the trial's meter, so
 * it is charged like the rest of the trial. Above {@code maxRows} (training plus validation rows)
 * the one holdout is used: selection noise shrinks with the validation rows, while the cost of k
 * folds grows with them.
 *
 * <p>Only candidates are cross-validated: with {@code candidates = c > 0}, a top-fidelity trial
 * runs folds 1 to k-1 only when its holdout accuracy reaches the c-th best cross-validated mean
 * so far, or the c-th best holdout accuracy of the cross-validated trials (the same fold, so a
 * holdout that is harder than the other folds does not shut out the next candidates); while fewer
 * than c trials have been cross-validated, the lowest of them counts (the first top-fidelity
 * trial always is; see {@link Leaders}).
 * A trial that does not keeps its holdout accuracy, which is below each of the c best means, so
 * the most accurate trial is always picked by a cross-validated mean, while the folds of trials
 * that cannot reach the top (most of a search's top-fidelity trials) are not paid for. On
 * phoneme the folds and the models' serialisation were 70% of all trial energy before this rule
 * (docs/benchmarks.md, section 7).
 *
 * @param maxRows the most rows (training plus validation) at which cross-validation is used
 * @param folds the number of folds, at least 2, fold 0 included
 * @param candidates how many of the best cross-validated means a holdout must reach to be
 *     cross-validated; 0 cross-validates every top-fidelity trial
 */
public record CrossValidation(int maxRows, int folds, int candidates) {

  /** The default number of folds. */
  public static final int DEFAULT_FOLDS = 5;

  /** The default number of best means a holdout must reach to be cross-validated. */
  public static final int DEFAULT_CANDIDATES = 1;

  /**
   * Cross-validation of the candidates on data of up to 5,000 rows, with 5 folds: a trial whose
   * holdout reaches the best mean or the best cross-validated holdout so far. With 3 candidates
   * phoneme cross-validated three extra-trees forests of 100 trees (208 J, two thirds of its
   * trials' energy) to keep the first.
   */
  public static final CrossValidation DEFAULT =
      new CrossValidation(5_000, DEFAULT_FOLDS, DEFAULT_CANDIDATES);

  /** Never: every trial is scored on the holdout only. */
  public static final CrossValidation OFF = new CrossValidation(0, 2, 0);

  /** Cross-validation of every top-fidelity trial on data of up to {@code maxRows} rows. */
  public CrossValidation(int maxRows, int folds) {
    this(maxRows, folds, 0);
  }

  /** Validates every setting. */
  public CrossValidation {
    if (candidates < 0) {
      throw new IllegalArgumentException(
          "cross-validation candidates must be non-negative, found " + candidates);
    }
    if (maxRows < 0) {
      throw new IllegalArgumentException(
          "cross-validation row threshold must be non-negative, found " + maxRows);
    }
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2, found " + folds);
    }
  }

  /** Whether a trial at {@code fidelity} on {@code data} is cross-validated. */
  boolean appliesTo(PreparedData data, double fidelity) {
    return fidelity == 1.0 && data.allRowCount() <= maxRows;
  }

  /** A fresh record of the best means, for one search's trials. */
  Leaders leaders() {
    return new Leaders(candidates);
  }

  /**
   * The best cross-validated means of one search so far, which decide whether a top-fidelity
   * trial is a candidate for the folds. Thread-safe; O(log c) per call.
   */
  static final class Leaders {
    private final int candidates;
    private final PriorityQueue<Double> means = new PriorityQueue<>();
    private final PriorityQueue<Double> holdouts = new PriorityQueue<>();

    Leaders(int candidates) {
      this.candidates = candidates;
    }

    /** Whether a trial with this holdout accuracy is cross-validated. */
    synchronized boolean admits(double holdoutAccuracy) {
      return candidates == 0 || means.isEmpty() || holdoutAccuracy >= means.peek()
          || holdoutAccuracy >= holdouts.peek();
    }

    /** Records a cross-validated trial's mean and its holdout (fold 0) accuracy. */
    synchronized void record(double meanAccuracy, double holdoutAccuracy) {
      if (candidates == 0) {
        return;
      }
      keepBest(means, meanAccuracy);
      keepBest(holdouts, holdoutAccuracy);
    }

    private void keepBest(PriorityQueue<Double> best, double value) {
      best.add(value);
      if (best.size() > candidates) {
        best.poll();
      }
    }
  }

  /**
   * The scores of folds 1 to k-1 together with fold 0's, or fold 0's alone when the data cannot
   * be dealt into the folds (a class with too few rows).
   */
  Scores score(PreparedData data, ModelFamily family, Configuration parameters, long seed,
      ClassificationScores holdout, BooleanSupplier stopRequested) {
    List<ClassificationScores> scores = new ArrayList<>(List.of(holdout));
    for (PreparedData.Split fold : data.otherFolds(family, folds - 1)) {
      Dataset<Label> train = StopCheckingDataset.of(fold.train(), stopRequested);
      Dataset<Label> validation = StopCheckingDataset.of(fold.validation(), stopRequested);
      Model<Label> model = family.train(train, validation, parameters, seed);
      scores.add(ClassificationScores.of(validation, model.predict(validation)));
    }
    return new Scores(scores);
  }

  /**
   * The scores of every fold, fold 0 (the holdout) first.
   *
   * @param folds one score per fold, at least one
   */
  record Scores(List<ClassificationScores> folds) {

    Scores {
      folds = List.copyOf(requireNonNull(folds, "folds"));
      if (folds.isEmpty()) {
        throw new IllegalArgumentException("scores must hold at least one fold");
      }
    }

    double meanAccuracy() {
      return folds.stream().mapToDouble(ClassificationScores::accuracy).average().orElseThrow();
    }

    double meanBalancedAccuracy() {
      return folds.stream().mapToDouble(ClassificationScores::balancedAccuracy).average()
          .orElseThrow();
    }

    /** The standard error of the mean accuracy, 0 for one fold. */
    double accuracyStandardError() {
      int k = folds.size();
      if (k < 2) {
        return 0;
      }
      double mean = meanAccuracy();
      double squares = folds.stream()
          .mapToDouble(s -> (s.accuracy() - mean) * (s.accuracy() - mean)).sum();
      return Math.sqrt(squares / (k - 1)) / Math.sqrt(k);
    }
  }

  /** The journal key of the number of folds a trial's accuracy is the mean of. */
  public static final String FOLDS_KEY = "cv_folds";

  /** The journal key of the standard error of that mean. */
  public static final String STANDARD_ERROR_KEY = "cv_accuracy_standard_error";

  /** The journal key of the holdout's (fold 0's) own accuracy. */
  public static final String HOLDOUT_ACCURACY_KEY = "holdout_accuracy";
}
