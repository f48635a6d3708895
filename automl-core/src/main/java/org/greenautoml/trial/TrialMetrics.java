package org.greenautoml.trial;

import org.greenautoml.trial.internal.CrossValidation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.search.schedule.Measurements;

/**
 * What one trial measured: its scores on the validation rows, the energy it spent training and
 * predicting, and the size of its model.
 *
 * <p>Energies are joules from the search's meter ({@code energyMethod}, with its relative
 * uncertainty); {@code trialJoules} covers the whole trial (training, validation predictions,
 * scoring and serialising the model), so it is at least training plus inference. They travel
 * typed through the search ({@link Measurements}); the JSON form ({@link #toJson()}, {@link
 * #fromJson(JsonNode)}, read back by {@link #READER}) is what the journal and the worker protocol
 * carry, with the units in the keys.
 *
 * @param trainingRows the rows the model was trained on
 * @param validationRows the rows it was scored on
 * @param validationAccuracy accuracy on the validation rows (the mean over the folds when cross-validated)
 * @param balancedAccuracy mean per-class recall on the validation rows
 * @param trainingJoules energy spent training
 * @param trainingCpuSeconds CPU time spent training, in the trial's thread
 * @param inferenceJoules energy spent predicting every validation row in one batch
 * @param modelSizeBytes the size of the model in Tribuo's protobuf format, or -1 when it was not
 *     measured (below the top fidelity, unless an objective ranks on it)
 * @param wallSeconds wall-clock time of the whole trial
 * @param trialJoules energy of the whole trial
 * @param energyMethod the meter's method, {@code RAPL} or {@code POWER_MODEL}
 * @param relativeUncertainty the meter's stated relative uncertainty
 * @param boostingRounds the boosting rounds kept after early stopping, or 0 when not boosted
 * @param folds how many folds {@code validationAccuracy} is the mean of: 1 for the holdout only, k
 *     when the trial was cross-validated ({@link CrossValidation})
 * @param accuracyStandardError the standard error of that mean, 0 for one fold
 * @param holdoutAccuracy the accuracy on the search's own validation rows (fold 0)
 * @param site where the trial ran and was priced ({@link TrialSite#LOCAL} on this machine)
 */
public record TrialMetrics(
    int trainingRows,
    int validationRows,
    double validationAccuracy,
    double balancedAccuracy,
    double trainingJoules,
    double trainingCpuSeconds,
    double inferenceJoules,
    long modelSizeBytes,
    double wallSeconds,
    double trialJoules,
    String energyMethod,
    double relativeUncertainty,
    int boostingRounds,
    int folds,
    double accuracyStandardError,
    double holdoutAccuracy,
    TrialSite site) implements Measurements {

  /** Metrics of a trial that ran on this machine, cross-validated over {@code folds} folds. */
  public TrialMetrics(int trainingRows, int validationRows, double validationAccuracy,
      double balancedAccuracy, double trainingJoules, double trainingCpuSeconds,
      double inferenceJoules, long modelSizeBytes, double wallSeconds, double trialJoules,
      String energyMethod, double relativeUncertainty, int boostingRounds, int folds,
      double accuracyStandardError, double holdoutAccuracy) {
    this(trainingRows, validationRows, validationAccuracy, balancedAccuracy, trainingJoules,
        trainingCpuSeconds, inferenceJoules, modelSizeBytes, wallSeconds, trialJoules,
        energyMethod, relativeUncertainty, boostingRounds, folds, accuracyStandardError,
        holdoutAccuracy, TrialSite.LOCAL);
  }

  /** Reads the journal form back, for {@code SearchJournal.open} and {@code SearchJournal.read}. */
  public static final Measurements.Reader READER = TrialMetrics::fromJson;

  /** Metrics of a trial that ran on this machine. */
  public TrialMetrics(int trainingRows, int validationRows, double validationAccuracy,
      double balancedAccuracy, double trainingJoules, double trainingCpuSeconds,
      double inferenceJoules, long modelSizeBytes, double wallSeconds, double trialJoules,
      String energyMethod, double relativeUncertainty, int boostingRounds) {
    this(trainingRows, validationRows, validationAccuracy, balancedAccuracy, trainingJoules,
        trainingCpuSeconds, inferenceJoules, modelSizeBytes, wallSeconds, trialJoules,
        energyMethod, relativeUncertainty, boostingRounds, 1, 0.0, validationAccuracy);
  }

  /** Validates counts and energies. */
  public TrialMetrics {
    java.util.Objects.requireNonNull(site, "site");
    if (folds < 1 || !(accuracyStandardError >= 0)) {
      throw new IllegalArgumentException("folds must be at least 1 and the standard error"
          + " non-negative, found " + folds + " and " + accuracyStandardError);
    }
    if (trainingRows < 1 || validationRows < 1) {
      throw new IllegalArgumentException(
          "row counts must be positive, found " + trainingRows + " and " + validationRows);
    }
    for (double joules : new double[] {trainingJoules, inferenceJoules, trialJoules}) {
      if (!(joules >= 0) || Double.isInfinite(joules)) {
        throw new IllegalArgumentException("energy must be finite and non-negative, found " + joules);
      }
    }
  }

  /** Training energy in kWh. */
  public double trainingKWh() {
    return trainingJoules / EnergyReading.JOULES_PER_KWH;
  }

  /** Inference energy per predicted row, in joules. */
  public double inferenceJoulesPerPrediction() {
    return inferenceJoules / validationRows;
  }

  /** The journal form: units in the keys. */
  @Override
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("training_rows", trainingRows);
    json.put("validation_rows", validationRows);
    json.put("validation_accuracy", validationAccuracy);
    json.put("balanced_accuracy", balancedAccuracy);
    json.put("training_joules", trainingJoules);
    json.put("training_cpu_seconds", trainingCpuSeconds);
    json.put("inference_joules", inferenceJoules);
    json.put("model_size_bytes", modelSizeBytes);
    json.put("wall_seconds", wallSeconds);
    json.put("trial_joules", trialJoules);
    json.put("energy_method", energyMethod);
    json.put("relative_uncertainty", relativeUncertainty);
    json.put("boosting_rounds", boostingRounds);
    site.writeTo(json);
    if (folds > 1) {
      json.put(CrossValidation.FOLDS_KEY, folds);
      json.put(CrossValidation.STANDARD_ERROR_KEY, accuracyStandardError);
      json.put(CrossValidation.HOLDOUT_ACCURACY_KEY, holdoutAccuracy);
    }
    return json;
  }

  /**
   * Reads the journal form back.
   *
   * @throws IllegalArgumentException naming the first missing or mistyped key
   */
  public static TrialMetrics fromJson(JsonNode json) {
    boolean crossValidated = json.has(CrossValidation.FOLDS_KEY);
    double accuracy = number(json, "validation_accuracy");
    return new TrialMetrics(
        (int) number(json, "training_rows"),
        (int) number(json, "validation_rows"),
        number(json, "validation_accuracy"),
        number(json, "balanced_accuracy"),
        number(json, "training_joules"),
        number(json, "training_cpu_seconds"),
        number(json, "inference_joules"),
        (long) number(json, "model_size_bytes"),
        number(json, "wall_seconds"),
        number(json, "trial_joules"),
        json.path("energy_method").asText(),
        number(json, "relative_uncertainty"),
        (int) number(json, "boosting_rounds"),
        crossValidated ? (int) number(json, CrossValidation.FOLDS_KEY) : 1,
        crossValidated ? number(json, CrossValidation.STANDARD_ERROR_KEY) : 0.0,
        crossValidated ? number(json, CrossValidation.HOLDOUT_ACCURACY_KEY) : accuracy,
        TrialSite.readFrom(json));
  }

  /** These metrics for a trial that ran at {@code where}. */
  public TrialMetrics withSite(TrialSite where) {
    return new TrialMetrics(trainingRows, validationRows, validationAccuracy, balancedAccuracy,
        trainingJoules, trainingCpuSeconds, inferenceJoules, modelSizeBytes, wallSeconds,
        trialJoules, energyMethod, relativeUncertainty, boostingRounds, folds,
        accuracyStandardError, holdoutAccuracy, where);
  }

  /**
   * The metrics that {@code measurements} hold: themselves when they are {@code TrialMetrics},
   * else read from their JSON form (a journal opened without {@link #READER}).
   *
   * @throws IllegalArgumentException if the JSON form is not that of trial metrics
   */
  public static TrialMetrics of(Measurements measurements) {
    return measurements instanceof TrialMetrics metrics
        ? metrics
        : fromJson(measurements.toJson());
  }

  private static double number(JsonNode json, String key) {
    JsonNode value = json.get(key);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException(
          "trial metrics must hold a number under " + key + ", found " + value);
    }
    return value.doubleValue();
  }
}
