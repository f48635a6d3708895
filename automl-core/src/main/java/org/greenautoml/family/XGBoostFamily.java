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

  /**
   * Trains on every row for the round count early stopping chose in the search, scaled by the
   * ratio of rows ({@code ceil(used * all / searchTrainingRows)}, at most the configured
   * largest), with no early stopping: there are no rows left to stop on.
   */
  @Override
  public Model<Label> refit(Dataset<Label> all, Configuration configuration,
      Model<Label> searched, int searchTrainingRows, long seed) {
    Configuration c = SPACE.validate(requireNonNull(configuration, "configuration"));
    int rounds = refitRounds(searched, c.getInt("max_rounds"), all.size(), searchTrainingRows);
    return fit(all, all, c, seed, rounds, rounds).model();
  }

  /** The rounds of a refit on {@code rows} rows of a model early-stopped on {@code searchRows}. */
  static int refitRounds(Model<Label> searched, int maxRounds, int rows, int searchRows) {
    int used = BoostingRounds.of(searched).map(BoostingRounds::used).orElse(maxRounds);
    long scaled = (long) Math.ceil(used * (double) rows / Math.max(1, searchRows));
    return (int) Math.max(1, Math.min(maxRounds, scaled));
  }

  /** Boosting rounds cap (square-rooted: early stopping ends most runs sooner) times depth. */
  @Override
  public double costScale(Configuration c) {
    return Math.sqrt(c.getInt("max_rounds")) * c.getInt("max_depth");
  }

  @Override
  public double costGrowthExponent() {
    return 1.0;
  }

  /** Trains and returns the model with its validation-loss curve (for tests and reports). */
  EarlyStoppingXGBoostTrainer.Fit fit(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
    Configuration c = SPACE.validate(requireNonNull(configuration, "configuration"));
    return fit(train, validation, c, seed, c.getInt("max_rounds"), STOPPING_ROUNDS);
  }

  private static EarlyStoppingXGBoostTrainer.Fit fit(Dataset<Label> train,
      Dataset<Label> validation, Configuration c, long seed, int maxRounds, int stoppingRounds) {
    XGBoostSettings settings =
        new XGBoostSettings(
            maxRounds,
            stoppingRounds,
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
