package org.greenautoml.family;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * A learning algorithm offered to the search: its hyperparameter space, the datasets it applies
 * to, the preprocessing it needs, and a factory from a configuration to a trained Tribuo model.
 *
 * <p>The caller preprocesses: it fits a {@link org.greenautoml.trial.Preprocessor} on the
 * training rows with {@code impute = !handlesMissingValues()} and {@code standardise =
 * needsStandardisation()}, and passes the transformed training and validation rows to
 * {@link #train}. Implementations are immutable and thread-safe; one {@code train} call uses one
 * thread (native libraries included), so that its energy is the calling thread's.
 */
public interface ModelFamily {

  /**
   * The stable id: one of {@code xgboost, logistic, linear-svm, cart, random-forest, extra-trees,
   * knn, fm, rbf-svm, naive-bayes}.
   */
  String name();

  /** The hyperparameters with their ranges and defaults; the javadoc of each family cites them. */
  ParameterSpace space();

  /** Why this family does not apply to a dataset with this profile, or empty when it applies. */
  Optional<String> notApplicableReason(DataProfile profile);

  /** Whether features must be standardised first (linear models, SVMs, k-NN, FM). */
  boolean needsStandardisation();

  /** Whether absent features may stay missing (XGBoost); otherwise they must be imputed. */
  boolean handlesMissingValues();

  /**
   * Trains a model for {@code configuration}.
   *
   * @param train the preprocessed training rows
   * @param validation the preprocessed validation rows, used for early stopping where the
   *     library allows it (XGBoost) and ignored otherwise
   * @param configuration a configuration of {@link #space()}
   * @param seed the seed of every random choice; the same seed gives the same model
   * @throws IllegalArgumentException if the configuration does not belong to the space, or the
   *     data cannot be used by this family
   */
  Model<Label> train(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed);

  /**
   * Trains the final model for a configuration on every row the search was given (training plus
   * validation), after the search chose it. The default trains as {@link #train} does with no
   * rows held out (families that stop early override it: they have no rows left to stop on).
   *
   * @param all the preprocessed training and validation rows
   * @param configuration the chosen configuration
   * @param searched the model the search trained for it on {@code searchTrainingRows} rows
   * @param searchTrainingRows how many rows {@code searched} was trained on
   * @param seed the seed of every random choice
   */
  default Model<Label> refit(Dataset<Label> all, Configuration configuration,
      Model<Label> searched, int searchTrainingRows, long seed) {
    return train(all, all, configuration, seed);
  }

  /**
   * The relative work a configuration asks for within this family (for example trees times
   * depth), positive; the cost predictor prices a trial by it. The default is 1 (no knowledge).
   */
  default double costScale(Configuration configuration) {
    return 1.0;
  }

  /**
   * The exponent of a trial's cost in its number of training rows, between 1 and 2, used to
   * extrapolate from one observed fidelity to the next; the default 1.25 covers the {@code n log
   * n} of tree building and sorting. Kernel SVMs declare 2.
   */
  default double costGrowthExponent() {
    return 1.25;
  }

  /**
   * {@code model} (one this family trained) in Tribuo's protobuf form, byte for byte what {@code
   * model.serialize()} gives. A family whose models are large (an ensemble of hundreds of trees)
   * serialises them in parts and checks {@code stopRequested} between parts, so that a trial
   * asked to stop does not first spend seconds serialising; the default checks it once, before.
   *
   * @throws CancellationException when {@code stopRequested} says stop
   */
  default ModelProto serialize(Model<Label> model, BooleanSupplier stopRequested) {
    if (stopRequested.getAsBoolean()) {
      throw new CancellationException("stopped before serialising the model");
    }
    return model.serialize();
  }
}
