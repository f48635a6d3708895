package org.greenautoml.export;

import java.nio.file.Path;
import java.util.Optional;
import org.greenautoml.SearchResult;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.trial.TrialModel;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A front trial's model ready to export: the Tribuo model, its sidecar (input layout, classes),
 * and the saved file it was read from, if it was.
 *
 * @param model the Tribuo model
 * @param sidecar what the model needs beside it
 * @param savedFile the run directory's file of the model, when it was read from one
 */
record FrontModel(Model<Label> model, ModelSidecar sidecar, Optional<Path> savedFile) {

  /**
   * The model of front trial {@code trialId} of {@code result}: in memory when the search kept
   * it, else saved in the result's run directory.
   *
   * @throws ExportException if the trial is not on the front or has no model either way
   */
  static FrontModel of(SearchResult result, int trialId) {
    if (!result.isOnFront(trialId)) {
      throw new ExportException("trial " + trialId + " is not on the front; front trials: "
          + result.front().stream().map(t -> t.id()).toList());
    }
    Optional<TrialModel> inMemory = result.model(trialId);
    if (inMemory.isPresent()) {
      return new FrontModel(inMemory.get().model(),
          ModelStore.sidecarOf(inMemory.get(), result.encoder().map(FeatureEncoder::schema)),
          Optional.empty());
    }
    Path directory = result.runDirectory().orElseThrow(() -> new ExportException("trial "
        + trialId + " has no model in memory (below full fidelity, trained in a worker process)"
        + " and the result was not loaded from a run directory"));
    Path modelFile = ModelStore.modelFile(directory, trialId);
    return new FrontModel(SavedModel.readTribuo(modelFile),
        SidecarJson.read(SavedModel.tribuoSidecar(modelFile)), Optional.of(modelFile));
  }
}
