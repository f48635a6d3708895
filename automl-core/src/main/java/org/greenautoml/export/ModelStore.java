package org.greenautoml.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.EncodingSchema;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.trial.TrialModel;

/**
 * The saved models of a run directory: for each front trial, {@code models/trial-<id>.tribuo}
 * (Tribuo's protobuf format, {@code Model.serializeToFile}) and {@code models/trial-<id>.json}, the
 * sidecar that says how raw table rows become the model's input (see {@link SidecarJson}).
 *
 * <p>Files are written to a temporary name and moved into place, so that a reader never sees half
 * a model. Loading never follows a path out of the run directory. Stateless and thread-safe;
 * concurrent saves to one directory must write different trials.
 */
public final class ModelStore {

  /** The folder of the saved models inside a run directory. */
  public static final String MODELS = "models";

  private static final Pattern MODEL_FILE = Pattern.compile("trial-(0|[1-9]\\d{0,8})\\.tribuo");

  private ModelStore() {}

  /**
   * Saves every front model of a search that is in memory, and returns the ids of front trials
   * whose model is neither in memory nor already saved. A front trial replayed from a resumed
   * search's journal has no model in memory; the search that ran it saved it (a search with an
   * output directory saves every full-fidelity model as it goes), so it is kept. A front below full
   * fidelity (a search stopped early) of trials run in worker processes has no model: workers send
   * back full-fidelity models only.
   *
   * @throws ExportException if a file cannot be written
   */
  public static List<Integer> saveFront(Path runDirectory, SearchResult result) {
    requireNonNull(runDirectory, "runDirectory");
    requireNonNull(result, "result");
    Optional<EncodingSchema> encoding = result.encoder().map(FeatureEncoder::schema);
    List<Integer> missing = new ArrayList<>();
    List<Integer> saved = savedTrialIds(runDirectory);
    for (TrialRecord trial : result.front()) {
      Optional<TrialModel> model = result.model(trial.id());
      if (model.isPresent()) {
        saveTrial(runDirectory, model.get(), encoding);
      } else if (!saved.contains(trial.id())) {
        missing.add(trial.id());
      }
    }
    return missing;
  }

  /**
   * Saves one trial's model and its sidecar; returns the model file.
   *
   * @throws ExportException if a file cannot be written
   */
  public static Path saveTrial(Path runDirectory, TrialModel model, Optional<EncodingSchema> encoding) {
    Path folder = runDirectory.resolve(MODELS);
    Path modelFile = folder.resolve("trial-" + model.trialId() + ExportFormat.TRIBUO.extension());
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".trial-" + model.trialId(), ".tmp");
      model.model().serializeToFile(temporary);
      moveIntoPlace(temporary, modelFile);
      Path sidecarTemporary = Files.createTempFile(folder, ".trial-" + model.trialId(), ".tmp");
      SidecarJson.write(sidecarOf(model, encoding), sidecarTemporary);
      moveIntoPlace(sidecarTemporary, SavedModel.tribuoSidecar(modelFile));
    } catch (IOException e) {
      throw new ExportException("cannot save the model of trial " + model.trialId() + " in "
          + folder + ": " + e.getMessage(), e);
    }
    return modelFile;
  }

  static ModelSidecar sidecarOf(TrialModel model, Optional<EncodingSchema> encoding) {
    return new ModelSidecar(
        model.family(),
        model.trialId(),
        encoding,
        model.preprocessor().layout(),
        SavedModel.featureOrder(model.model()),
        SavedModel.classes(model.model()),
        Optional.empty());
  }

  /**
   * Loads the saved model of trial {@code trialId}.
   *
   * @throws ExportException if the trial has no saved model (the message lists those that have),
   *     or its files lead out of the run directory or cannot be read
   */
  public static SavedModel load(Path runDirectory, int trialId) {
    Path modelFile = modelFile(runDirectory, trialId);
    return SavedModel.tribuo(modelFile, SavedModel.tribuoSidecar(modelFile));
  }

  /**
   * The saved model file of trial {@code trialId}, checked to lie inside the run directory with
   * its sidecar.
   */
  static Path modelFile(Path runDirectory, int trialId) {
    requireNonNull(runDirectory, "runDirectory");
    Path root = ContainedPaths.runDirectory(runDirectory);
    List<Integer> saved = savedTrialIds(root);
    if (!saved.contains(trialId)) {
      throw new ExportException("trial " + trialId + " has no saved model in " + root
          + (saved.isEmpty()
              ? "; no models are saved there (models are saved for the front of a search)"
              : "; saved trials: " + saved));
    }
    Path modelFile = root.resolve(MODELS).resolve("trial-" + trialId + ".tribuo");
    ContainedPaths.requireInside(root, modelFile, MODELS + "/" + modelFile.getFileName());
    Path sidecar = SavedModel.tribuoSidecar(modelFile);
    ContainedPaths.requireInside(root, sidecar, MODELS + "/" + sidecar.getFileName());
    return modelFile;
  }

  /**
   * The ids of the trials whose model and sidecar are saved in the run directory, ascending; empty
   * when none are (or the directory has no {@code models} folder).
   */
  public static List<Integer> savedTrialIds(Path runDirectory) {
    requireNonNull(runDirectory, "runDirectory");
    Path folder = runDirectory.resolve(MODELS);
    List<Integer> ids = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return ids;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "trial-*.tribuo")) {
      for (Path file : files) {
        Matcher matcher = MODEL_FILE.matcher(file.getFileName().toString());
        if (matcher.matches() && Files.exists(SavedModel.tribuoSidecar(file))) {
          ids.add(Integer.parseInt(matcher.group(1)));
        }
      }
    } catch (IOException e) {
      throw new ExportException("cannot list the saved models in " + folder + ": "
          + e.getMessage(), e);
    }
    ids.sort(null);
    return ids;
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
