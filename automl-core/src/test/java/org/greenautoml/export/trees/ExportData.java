package org.greenautoml.export.trees;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.trial.Preprocessor;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Test helper: a dataset of {@code <greenautoml.shared>/datasets} read, subsampled, split and
 * encoded as the engine does it (datasets module, then the {@link Preprocessor} with imputation
 * for families that need it), and the dense float rows and Tribuo's answers for a model.
 */
final class ExportData {

  private ExportData() {}

  /** Train / validation / test rows as a family sees them. */
  record Split(MutableDataset<Label> train, MutableDataset<Label> validation,
      MutableDataset<Label> test) {}

  /** Tribuo's predicted output IDs and probabilities (output-ID order) for each row. */
  record Answers(long[] labels, float[][] probabilities) {}

  /**
   * Reads {@code name}.csv, keeps a stratified sample of at most {@code maxRows} rows, splits it
   * 60 / 20 / 20 (stratified, seeded) and encodes it for {@code family}.
   */
  static Split load(String name, int maxRows, ModelFamily family, long seed) {
    Path file = Path.of(System.getProperty("greenautoml.shared", "../../shared"), "datasets",
        name + ".csv");
    TabularData all = TabularReader.builder().build().read(file);
    if (all.rowCount() > maxRows) {
      double keep = maxRows / (double) all.rowCount();
      all = all.rows(StratifiedSplit.holdout(all, keep, 1.0 - keep, 0.0, seed).train());
    }
    StratifiedSplit.Holdout parts = StratifiedSplit.holdout(all, 0.6, 0.2, 0.2, seed);
    TabularData trainRows = all.rows(parts.train());
    FeatureEncoder encoder = FeatureEncoder.fit(trainRows);
    MutableDataset<Label> train = encoder.encode(trainRows);
    MutableDataset<Label> validation = encoder.encode(all.rows(parts.validation()));
    MutableDataset<Label> test = encoder.encode(all.rows(parts.test()));
    if (family.handlesMissingValues()) {
      return new Split(train, validation, test);
    }
    Preprocessor pre = Preprocessor.fit(train, encoder.schema().numericWithMissing(), true,
        family.needsStandardisation());
    return new Split(pre.apply(train), pre.apply(validation), pre.apply(test));
  }

  /** The rows as the ONNX input: feature-ID columns, {@code absent} where a feature is absent. */
  static float[][] matrix(Dataset<Label> rows, ImmutableFeatureMap features, float absent) {
    float[][] x = new float[rows.size()][features.size()];
    int r = 0;
    for (Example<Label> example : rows) {
      Arrays.fill(x[r], absent);
      for (Feature feature : example) {
        int id = features.getID(feature.getName());
        if (id >= 0) {
          x[r][id] = (float) feature.getValue();
        }
      }
      r++;
    }
    return x;
  }

  /** Tribuo's predictions for {@code rows}. */
  static Answers tribuo(Model<Label> model, Dataset<Label> rows) {
    ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
    List<Prediction<Label>> predictions = model.predict(rows);
    long[] labels = new long[predictions.size()];
    float[][] probabilities = new float[predictions.size()][outputs.size()];
    for (int r = 0; r < labels.length; r++) {
      Prediction<Label> p = predictions.get(r);
      labels[r] = outputs.getID(p.getOutput());
      for (int c = 0; c < outputs.size(); c++) {
        Label score = p.getOutputScores().get(outputs.getOutput(c).getLabel());
        probabilities[r][c] = score == null ? 0.0f : (float) score.getScore();
      }
    }
    return new Answers(labels, probabilities);
  }
}
