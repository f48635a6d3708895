package org.greenautoml.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.greenautoml.RealDatasets;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.trial.Preprocessor;
import org.greenautoml.trial.TrialModel;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Test fixture: one family trained with its default configuration on a real dataset of {@code
 * <greenautoml.shared>/datasets}, exactly as a trial is (table encoder, preprocessor fitted on
 * the training rows), with the held-out test rows and the in-memory model's predictions on them.
 */
record TrainedTrial(
    TrialModel model, FeatureEncoder encoder, TabularData test, List<Prediction<Label>> expected) {

  static final long SEED = 20240917L;

  /** Trains {@code family} on a 60/20/20 split of {@code fileName}. */
  static TrainedTrial train(String family, String fileName, int trialId) {
    TabularData data = RealDatasets.read(fileName);
    StratifiedSplit.Holdout split =
        StratifiedSplit.holdout(data.labelIndices(), 0.6, 0.2, 0.2, SEED);
    TabularData trainRows = data.rows(split.train());
    TabularData test = data.rows(split.test());
    FeatureEncoder encoder = FeatureEncoder.fit(trainRows);
    MutableDataset<Label> train = encoder.encode(trainRows);
    MutableDataset<Label> validation = encoder.encode(data.rows(split.validation()));
    ModelFamily modelFamily = Families.byName(family);
    boolean missing = !encoder.schema().numericWithMissing().isEmpty();
    Preprocessor preprocessor =
        Preprocessor.fit(
            train,
            encoder.schema().numericWithMissing(),
            missing && !modelFamily.handlesMissingValues(),
            modelFamily.needsStandardisation());
    Model<Label> model =
        modelFamily.train(
            preprocessor.apply(train),
            preprocessor.apply(validation),
            modelFamily.space().defaults().get(0),
            SEED);
    TrialModel trial = new TrialModel(trialId, family, model, preprocessor);
    List<Example<Label>> testExamples = List.copyOf(encoder.encode(test).getData());
    return new TrainedTrial(trial, encoder, test, trial.predict(testExamples));
  }

  /** Saves the model in {@code runDirectory}'s store. */
  Path save(Path runDirectory) {
    return ModelStore.saveTrial(runDirectory, model, Optional.of(encoder.schema()));
  }

  List<String> expectedLabels() {
    return expected.stream().map(p -> p.getOutput().getLabel()).toList();
  }

  /** The in-memory model's scores, columns in output-ID order. */
  double[][] expectedScores() {
    List<String> classes = SavedModel.classes(model.model());
    double[][] scores = new double[expected.size()][classes.size()];
    for (int r = 0; r < scores.length; r++) {
      for (int c = 0; c < classes.size(); c++) {
        scores[r][c] = expected.get(r).getOutputScores().get(classes.get(c)).getScore();
      }
    }
    return scores;
  }
}
