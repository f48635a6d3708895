package org.greenautoml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.greenautoml.SearchResult;
import org.greenautoml.data.TabularData;
import org.greenautoml.export.ExportFormat;
import org.greenautoml.export.ModelExporter;
import org.greenautoml.export.ModelStore;
import org.greenautoml.export.SavedModel;

/** The CLI's one door to {@code org.greenautoml.export}: saving, exporting and scoring models. */
final class ModelFiles {

  private ModelFiles() {}

  /** Saves the front's models into {@code runDirectory/models}. */
  static List<Integer> saveFront(Path runDirectory, SearchResult result) {
    return ModelStore.saveFront(runDirectory, result);
  }

  /** The trials whose models are saved in the run directory. */
  static List<Integer> savedTrialIds(Path runDirectory) {
    return ModelStore.savedTrialIds(runDirectory);
  }

  /** Exports trial {@code trialId} as {@code format} ("onnx" or "tribuo") to {@code target}. */
  static Path export(Path runDirectory, int trialId, String format, String target) {
    ExportFormat chosen;
    try {
      chosen = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("unknown format '" + format + "'; choose onnx or tribuo");
    }
    return ModelExporter.export(runDirectory, trialId, chosen, target);
  }

  /** Predicted labels and class probabilities of a model file for {@code rows}. */
  static Scores score(Path modelFile, TabularData rows) {
    try (SavedModel model = SavedModel.loadFile(modelFile)) {
      return new Scores(model.classes(), model.predictLabels(rows),
          model.predictProbabilities(rows));
    }
  }

  /** A model's predictions: labels, and per row one probability per class in class order. */
  record Scores(List<String> classes, List<String> labels, float[][] probabilities) {}
}
