package org.greenautoml.family;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Gradient-boosted trees (Chen &amp; Guestrin 2016, "XGBoost: A Scalable Tree Boosting System")
 * with early stopping on the validation rows after {@value #STOPPING_ROUNDS} rounds without a
 * lower validation log-loss; see {@link EarlyStoppingXGBoostTrainer}.
 *
 * <p>Space: the ranges of FLAML's XGBoost learner (Wang et al. 2021, "FLAML: A Fast and
 * Lightweight AutoML Library", {@code flaml/model.py}), narrowed where FLAML's reach wastes energy
 * ({@code subsample >= 0.5}, {@code colsample_bytree >= 0.3}) and with a round cap instead of
 * FLAML's {@code n_estimators} up to 32,768, since early stopping picks the number of rounds.
 * Defaults are XGBoost's own except {@code eta = 0.1} and {@code alpha = 1/1024}. Absent features
 * are missing values: XGBoost learns a default direction for them, so no imputation.
 */
final class XGBoostFamily implements ModelFamily {

  /** Rounds without improvement of the validation loss before training stops. */
  static final int STOPPING_ROUNDS = 10;

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          IntParameter.log("max_rounds", 16, 1024, 256),
          DoubleParameter.log("learning_rate", 1.0 / 128, 1.0, 0.1),
          IntParameter.uniform("max_depth", 1, 12, 6),
          DoubleParameter.log("min_child_weight", 1.0 / 1024, 128, 1.0),
          DoubleParameter.uniform("subsample", 0.5, 1.0, 1.0),
          DoubleParameter.uniform("colsample_bytree", 0.3, 1.0, 1.0),
          DoubleParameter.log("lambda", 1.0 / 1024, 1024, 1.0),
          DoubleParameter.log("alpha", 1.0 / 1024, 1024, 1.0 / 1024));

  @Override
  public String name() {
    return "xgboost";
  }

  @Override
  public ParameterSpace space() {
    return SPACE;
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    requireNonNull(profile, "profile");
    return Optional.empty();
  }

  @Override
  public boolean needsStandardisation() {
    return false;
  }

  @Override
  public boolean handlesMissingValues() {
    return true;
  }

  @Override
  public Model<Label> train(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
    return fit(train, validation, configuration, seed).model();
  }

  /** Trains and returns the model with its validation-loss curve (for tests and reports). */
  EarlyStoppingXGBoostTrainer.Fit fit(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
    Configuration c = SPACE.validate(requireNonNull(configuration, "configuration"));
    XGBoostSettings settings =
        new XGBoostSettings(
            c.getInt("max_rounds"),
            STOPPING_ROUNDS,
            c.getDouble("learning_rate"),
            c.getInt("max_depth"),
            c.getDouble("min_child_weight"),
            c.getDouble("subsample"),
            c.getDouble("colsample_bytree"),
            c.getDouble("lambda"),
            c.getDouble("alpha"));
    return new EarlyStoppingXGBoostTrainer(settings, seed).fit(train, validation);
  }
}
