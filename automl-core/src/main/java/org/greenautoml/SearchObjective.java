package org.greenautoml;

import java.util.function.ToDoubleFunction;
import org.greenautoml.search.pareto.Direction;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.trial.TrialMetrics;

/**
 * What promotion and the Pareto front rank trials on.
 *
 * <p>The default is validation accuracy, training energy and inference energy per prediction
 * together, as DESIGN.md's promotion step says. Energies are ranked on a log scale because they
 * span orders of magnitude across families; a value of zero (below the meter's resolution) is
 * ranked as {@value #FLOOR}.
 */
public enum SearchObjective {
  /** Accuracy on the validation rows, maximised. */
  VALIDATION_ACCURACY(
      new Objective("validation_accuracy", Direction.MAXIMIZE, false),
      TrialMetrics::validationAccuracy),
  /** Energy spent training, in kWh, minimised. */
  TRAINING_ENERGY(
      new Objective("training_kwh", Direction.MINIMIZE, true), TrialMetrics::trainingKWh),
  /** Energy per predicted row, in joules, minimised. */
  INFERENCE_ENERGY(
      new Objective("inference_j_per_prediction", Direction.MINIMIZE, true),
      TrialMetrics::inferenceJoulesPerPrediction),
  /**
   * Size of the serialised model, in bytes, minimised; it varies by a few bytes between identical
   * runs because Tribuo's provenance records timestamps.
   */
  MODEL_SIZE(
      new Objective("model_size_bytes", Direction.MINIMIZE, true), m -> m.modelSizeBytes());

  /** The smallest value an energy or size objective takes, so that log scales stay finite. */
  public static final double FLOOR = 1e-15;

  private final Objective objective;
  private final ToDoubleFunction<TrialMetrics> value;

  SearchObjective(Objective objective, ToDoubleFunction<TrialMetrics> value) {
    this.objective = objective;
    this.value = value;
  }

  /** The objective with its name and direction, as the search module ranks it. */
  public Objective objective() {
    return objective;
  }

  /** This objective's value for a trial's metrics. */
  public double valueOf(TrialMetrics metrics) {
    double v = value.applyAsDouble(metrics);
    return objective.logScale() ? Math.max(v, FLOOR) : v;
  }
}
