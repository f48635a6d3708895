package org.greenautoml.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.data.DatasetException;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.TabularData;
import org.greenautoml.trial.Preprocessor;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * Turns raw table rows into a saved model's input, in Java, from its sidecar: the table encoding
 * ({@link FeatureEncoder#fromSchema}), then the training preprocessing rebuilt from the saved
 * {@link org.greenautoml.trial.InputLayout} ({@link Preprocessor#of}), in the model's feature
 * order. Gives Tribuo examples (absent features left out) or a
 * dense float matrix for ONNX (absent features as the graph expects them). Immutable and
 * thread-safe; O(features) per row.
 */
final class RowFeatures {

  private final FeatureEncoder encoder;
  private final String[] names;
  private final Preprocessor preprocessor;
  private final Map<String, Integer> positions = new HashMap<>();

  private RowFeatures(FeatureEncoder encoder, List<String> featureOrder,
      Preprocessor preprocessor) {
    this.encoder = encoder;
    this.names = featureOrder.toArray(new String[0]);
    this.preprocessor = preprocessor;
    for (int i = 0; i < names.length; i++) {
      positions.put(names[i], i);
    }
  }

  /**
   * The row features of a sidecar.
   *
   * @throws ExportException if the model was trained on an encoded Tribuo dataset (no table
   *     encoding) or the sidecar is inconsistent
   */
  static RowFeatures of(ModelSidecar sidecar, String source) {
    if (sidecar.encoding().isEmpty()) {
      throw new ExportException(source + " was trained on an encoded Tribuo dataset, not a table;"
          + " it cannot score table rows (load its .tribuo file with Tribuo and predict examples)");
    }
    FeatureEncoder encoder;
    try {
      encoder = FeatureEncoder.fromSchema(sidecar.encoding().get());
    } catch (IllegalArgumentException e) {
      throw new ExportException(source + ": the sidecar's encoding is inconsistent: "
          + e.getMessage(), e);
    }
    List<String> laidOut = sidecar.layout().featureNames();
    for (String name : sidecar.featureOrder()) {
      if (!laidOut.contains(name)) {
        throw new ExportException(source + ": the sidecar's input layout has no feature '" + name
            + "', which the model takes");
      }
    }
    return new RowFeatures(encoder, sidecar.featureOrder(), Preprocessor.of(sidecar.layout()));
  }

  /** The preprocessed values of every row in feature order; NaN marks a feature left absent. */
  double[][] values(TabularData rows) {
    double[][] out = new double[rows.rowCount()][];
    for (int r = 0; r < out.length; r++) {
      out[r] = values(encode(rows, r));
    }
    return out;
  }

  /** The rows as Tribuo examples of unknown label, absent features left out. */
  List<Example<Label>> examples(TabularData rows) {
    double[][] values = values(rows);
    List<Example<Label>> out = new ArrayList<>(values.length);
    for (double[] row : values) {
      ArrayExample<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL);
      for (int i = 0; i < row.length; i++) {
        if (!Double.isNaN(row[i])) {
          example.add(names[i], row[i]);
        }
      }
      out.add(example);
    }
    return out;
  }

  /** The rows as a dense {@code [rows, features]} matrix, absent features as {@code absent}. */
  float[][] matrix(TabularData rows, float absent) {
    double[][] values = values(rows);
    float[][] out = new float[values.length][names.length];
    for (int r = 0; r < values.length; r++) {
      for (int i = 0; i < names.length; i++) {
        out[r][i] = Double.isNaN(values[r][i]) ? absent : (float) values[r][i];
      }
    }
    return out;
  }

  private Example<Label> encode(TabularData rows, int r) {
    try {
      return encoder.encodeFeatures(rows, r);
    } catch (DatasetException e) {
      throw new ExportException("the rows do not fit the model: " + e.getMessage(), e);
    }
  }

  private double[] values(Example<Label> encoded) {
    double[] out = new double[names.length];
    Arrays.fill(out, Double.NaN);
    for (Feature feature : preprocessor.apply(encoded)) {
      Integer position = positions.get(feature.getName());
      if (position != null) {
        out[position] = feature.getValue();
      }
    }
    return out;
  }

}
