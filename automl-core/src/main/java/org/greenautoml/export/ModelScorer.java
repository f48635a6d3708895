package org.greenautoml.export;

import java.util.List;
import org.greenautoml.data.TabularData;

/** Scores raw table rows with one loaded model file (Tribuo or ONNX). */
interface ModelScorer extends AutoCloseable {

  /** Predicted labels and class scores of some rows. */
  record Scores(List<String> labels, float[][] scores) {}

  /** Scores the rows; score columns follow the classes' output-ID order. */
  Scores score(TabularData rows);

  /** Releases native resources; idempotent. */
  @Override
  void close();
}
