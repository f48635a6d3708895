package org.greenautoml.bench.portfolio;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.internal.PreparedData;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Scores every candidate on one dataset: a stratified subsample of at most {@code maxRows} rows,
 * one stratified 75/25 holdout of it, each candidate trained on the 75 % exactly as the engine
 * prepares a full-fidelity trial (encoder, imputation, standardisation per family) and scored on
 * the 25 %; training CPU is the thread's CPU time. A family that does not apply, or a training
 * that fails, leaves {@code NaN}.
 */
final class DatasetScores {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The holdout fraction of the subsample. */
  static final double VALIDATION_FRACTION = 0.25;

  private final PreparedData prepared;
  private final long seed;

  DatasetScores(TabularData data, int maxRows, long seed) {
    this.seed = seed;
    TabularData rows = data;
    if (data.rowCount() > maxRows) {
      double keep = maxRows / (double) data.rowCount();
      rows = data.rows(StratifiedSplit.holdout(data, keep, 0, 1 - keep, seed).train());
    }
    StratifiedSplit.Holdout split =
        StratifiedSplit.holdout(rows, 1 - VALIDATION_FRACTION, VALIDATION_FRACTION, 0, seed);
    TabularData train = rows.rows(split.train());
    FeatureEncoder encoder = FeatureEncoder.fit(train);
    this.prepared = PreparedData.of(encoder.encode(train),
        encoder.encode(rows.rows(split.validation())), encoder.schema().numericWithMissing(),
        seed);
  }

  /** {accuracy, cpu seconds} per candidate, {@code NaN} where it does not apply or failed. */
  double[][] score(List<Configuration> candidates) {
    double[][] cells = new double[candidates.size()][];
    for (int c = 0; c < candidates.size(); c++) {
      cells[c] = score(candidates.get(c));
    }
    return cells;
  }

  private double[] score(Configuration candidate) {
    ModelFamily family = Families.byName(candidate.getString(MeteredTrialEvaluator.FAMILY));
    if (family.notApplicableReason(prepared.profile()).isPresent()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    try {
      Dataset<Label> train = prepared.trainingSubsample(family, 1.0);
      Dataset<Label> validation = prepared.validation(family);
      long started = THREADS.getCurrentThreadCpuTime();
      Model<Label> model =
          family.train(train, validation, Candidates.withoutFamily(candidate), seed);
      double cpu = (THREADS.getCurrentThreadCpuTime() - started) / 1e9;
      return new double[] {accuracy(model, validation), cpu};
    } catch (RuntimeException failed) {
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  private static double accuracy(Model<Label> model, Dataset<Label> rows) {
    List<Prediction<Label>> predictions = model.predict(rows);
    int correct = 0;
    for (int i = 0; i < predictions.size(); i++) {
      if (predictions.get(i).getOutput().getLabel()
          .equals(rows.getExample(i).getOutput().getLabel())) {
        correct++;
      }
    }
    return correct / (double) predictions.size();
  }
}
