package org.greenautoml.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenautoml.data.TabularData;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** Scores rows with a Tribuo model: the features are built in Java, Tribuo predicts. */
final class TribuoScorer implements ModelScorer {

  private final Model<Label> model;
  private final RowFeatures features;
  private final List<String> classes;

  TribuoScorer(Model<Label> model, RowFeatures features, List<String> classes) {
    this.model = model;
    this.features = features;
    this.classes = classes;
  }

  @Override
  public Scores score(TabularData rows) {
    List<Prediction<Label>> predictions = model.predict(features.examples(rows));
    List<String> labels = new ArrayList<>(predictions.size());
    float[][] scores = new float[predictions.size()][classes.size()];
    for (int r = 0; r < scores.length; r++) {
      Prediction<Label> prediction = predictions.get(r);
      labels.add(prediction.getOutput().getLabel());
      Map<String, Label> byClass = prediction.getOutputScores();
      for (int c = 0; c < classes.size(); c++) {
        Label label = byClass.get(classes.get(c));
        scores[r][c] = label == null ? 0f : (float) label.getScore();
      }
    }
    return new Scores(labels, scores);
  }

  @Override
  public void close() {
    // nothing native to release
  }
}
