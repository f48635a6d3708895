package org.greenautoml.trial;

import org.greenautoml.energy.EnergyReading;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one trial measured: its scores on the validation rows, the energy it spent training and
 * predicting, and the size of its model.
 *
 * <p>Energies are joules from the search's meter ({@code energyMethod}, with its relative
 * uncertainty); {@code trialJoules} covers the whole trial (training, validation predictions,
 * scoring and serialising the model), so it is at least training plus inference. The map form
 * ({@link #toMap()}, {@link #fromMap(Map)}) is what the journal stores, with the units in the
 * keys.
 *
 * @param trainingRows the rows the model was trained on
 * @param validationRows the rows it was scored on
 * @param validationAccuracy accuracy on the validation rows
 * @param balancedAccuracy mean per-class recall on the validation rows
 * @param trainingJoules energy spent training
 * @param trainingCpuSeconds CPU time spent training, in the trial's thread
 * @param inferenceJoules energy spent predicting every validation row in one batch
 * @param modelSizeBytes the size of the model in Tribuo's protobuf format
 * @param wallSeconds wall-clock time of the whole trial
 * @param trialJoules energy of the whole trial
 * @param energyMethod the meter's method, {@code RAPL} or {@code POWER_MODEL}
 * @param relativeUncertainty the meter's stated relative uncertainty
 * @param boostingRounds the boosting rounds kept after early stopping, or 0 when not boosted
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
    int boostingRounds) {


  /** Validates counts and energies. */
  public TrialMetrics {
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

  /** The journal form: units in the keys, JSON-friendly values. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("training_rows", trainingRows);
    map.put("validation_rows", validationRows);
    map.put("validation_accuracy", validationAccuracy);
    map.put("balanced_accuracy", balancedAccuracy);
    map.put("training_joules", trainingJoules);
    map.put("training_cpu_seconds", trainingCpuSeconds);
    map.put("inference_joules", inferenceJoules);
    map.put("model_size_bytes", modelSizeBytes);
    map.put("wall_seconds", wallSeconds);
    map.put("trial_joules", trialJoules);
    map.put("energy_method", energyMethod);
    map.put("relative_uncertainty", relativeUncertainty);
    map.put("boosting_rounds", boostingRounds);
    return map;
  }

  /**
   * Reads the journal form back.
   *
   * @throws IllegalArgumentException naming the first missing or mistyped key
   */
  public static TrialMetrics fromMap(Map<String, ?> map) {
    return new TrialMetrics(
        (int) number(map, "training_rows"),
        (int) number(map, "validation_rows"),
        number(map, "validation_accuracy"),
        number(map, "balanced_accuracy"),
        number(map, "training_joules"),
        number(map, "training_cpu_seconds"),
        number(map, "inference_joules"),
        (long) number(map, "model_size_bytes"),
        number(map, "wall_seconds"),
        number(map, "trial_joules"),
        String.valueOf(map.get("energy_method")),
        number(map, "relative_uncertainty"),
        (int) number(map, "boosting_rounds"));
  }

  private static double number(Map<String, ?> map, String key) {
    if (!(map.get(key) instanceof Number value)) {
      throw new IllegalArgumentException(
          "trial metrics must hold a number under " + key + ", found " + map.get(key));
    }
    return value.doubleValue();
  }
}
