package org.greenautoml;

import java.util.List;
import java.util.stream.IntStream;
import org.greenautoml.data.TabularData;
import org.greenautoml.trial.internal.ClassificationScores;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** Scores a front model's predictions on held-out rows against their true labels. */
final class TestScoring {

  private TestScoring() {}

  /** Accuracy and balanced accuracy of {@code predictions}, made in the order of {@code test}. */
  static TestScores score(List<Prediction<Label>> predictions, TabularData test) {
    ClassificationScores scores = ClassificationScores.ofLabels(
        IntStream.range(0, test.rowCount()).mapToObj(test::label).toList(),
        predictions.stream().map(p -> p.getOutput().getLabel()).toList());
    return new TestScores(scores.accuracy(), scores.balancedAccuracy());
  }
}
