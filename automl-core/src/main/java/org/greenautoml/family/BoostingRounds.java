package org.greenautoml.family;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Model;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * How many boosting rounds an early-stopped XGBoost model trained and kept.
 *
 * <p>Training stops {@code stoppingRounds} rounds after the round with the best validation loss;
 * the model keeps the rounds up to the best one. The figures are stored as attributes of the
 * booster, so they survive Tribuo's protobuf serialisation.
 *
 * @param used the rounds the model keeps (best iteration + 1)
 * @param trained the rounds trained before stopping (the energy was spent on these)
 * @param max the configured largest number of rounds
 */
public record BoostingRounds(int used, int trained, int max) {

  static final String TRAINED_ATTRIBUTE = "greenautoml_rounds_trained";
  static final String MAX_ATTRIBUTE = "greenautoml_max_rounds";
  static final String BEST_ITERATION_ATTRIBUTE = "best_iteration";

  /** Validates {@code 1 <= used <= trained <= max}. */
  public BoostingRounds {
    if (used < 1 || used > trained || trained > max) {
      throw new IllegalArgumentException(
          "rounds must satisfy 1 <= used <= trained <= max, found used="
              + used + ", trained=" + trained + ", max=" + max);
    }
  }

  /** Whether training stopped before the configured largest number of rounds. */
  public boolean stoppedEarly() {
    return trained < max;
  }

  /**
   * The rounds of a model trained by the {@code xgboost} family, or empty for any other model.
   */
  public static Optional<BoostingRounds> of(Model<?> model) {
    requireNonNull(model, "model");
    if (!(model instanceof XGBoostModel<?> boosted) || boosted.getInnerModels().size() != 1) {
      return Optional.empty();
    }
    Booster booster = boosted.getInnerModels().get(0);
    try {
      String best = booster.getAttr(BEST_ITERATION_ATTRIBUTE);
      String trained = booster.getAttr(TRAINED_ATTRIBUTE);
      String max = booster.getAttr(MAX_ATTRIBUTE);
      if (best == null || trained == null || max == null) {
        return Optional.empty();
      }
      return Optional.of(
          new BoostingRounds(
              Integer.parseInt(best) + 1, Integer.parseInt(trained), Integer.parseInt(max)));
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not read the booster's attributes", e);
    }
  }
}
