package org.greenautoml.trial.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Accuracy and balanced accuracy of predictions against the true labels.
 *
 * <p>Balanced accuracy is the mean of per-class recall over the classes present in the truth
 * (Brodersen et al. 2010), so a majority-class guesser scores {@code 1 / classes}.
 *
 * @param accuracy the fraction of rows predicted correctly
 * @param balancedAccuracy the mean recall over the true classes
 */
public record ClassificationScores(double accuracy, double balancedAccuracy) {

  /** Validates that both scores are fractions. */
  public ClassificationScores {
    if (!(accuracy >= 0 && accuracy <= 1)) {
      throw new IllegalArgumentException("accuracy must be in [0, 1], found " + accuracy);
    }
    if (!(balancedAccuracy >= 0 && balancedAccuracy <= 1)) {
      throw new IllegalArgumentException(
          "balanced accuracy must be in [0, 1], found " + balancedAccuracy);
    }
  }

  /**
   * Scores {@code predictions}, made in the order of {@code truth}'s examples.
   *
   * @throws IllegalArgumentException if the two differ in size or are empty
   */
  public static ClassificationScores of(Dataset<Label> truth, List<Prediction<Label>> predictions) {
    List<String> expected = new ArrayList<>(truth.size());
    for (Example<Label> example : truth) {
      expected.add(example.getOutput().getLabel());
    }
    return ofLabels(expected, predictions.stream().map(p -> p.getOutput().getLabel()).toList());
  }

  /**
   * Scores {@code predicted} labels against the {@code expected} ones, row by row.
   *
   * @throws IllegalArgumentException if the two differ in size or are empty
   */
  public static ClassificationScores ofLabels(List<String> expected, List<String> predicted) {
    if (expected.size() != predicted.size() || expected.isEmpty()) {
      throw new IllegalArgumentException(
          "predictions must match the non-empty truth in size, found "
              + predicted.size() + " predictions for " + expected.size() + " rows");
    }
    Map<String, int[]> hitsAndTotals = new HashMap<>();
    int correct = 0;
    for (int row = 0; row < expected.size(); row++) {
      boolean hit = predicted.get(row).equals(expected.get(row));
      int[] counts = hitsAndTotals.computeIfAbsent(expected.get(row), k -> new int[2]);
      counts[0] += hit ? 1 : 0;
      counts[1]++;
      correct += hit ? 1 : 0;
    }
    double recallSum = 0;
    for (int[] counts : hitsAndTotals.values()) {
      recallSum += (double) counts[0] / counts[1];
    }
    return new ClassificationScores(
        (double) correct / expected.size(), recallSum / hitsAndTotals.size());
  }
}
