package org.greenautoml.family;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;

/**
 * A family whose model is what one configured Tribuo trainer returns, without early stopping
 * (Tribuo's SGD, LibLinear, LibSVM, tree, k-NN and naive Bayes trainers take no validation set);
 * the validation rows are ignored.
 */
abstract class TrainerFamily implements ModelFamily {

  private final String name;
  private final ParameterSpace space;
  private final boolean needsStandardisation;

  TrainerFamily(String name, ParameterSpace space, boolean needsStandardisation) {
    this.name = name;
    this.space = space;
    this.needsStandardisation = needsStandardisation;
  }

  /**
   * The trainer for a validated configuration.
   *
   * @param configuration a configuration of {@link #space()}, already validated
   * @param train the training rows (some settings depend on the number of features)
   * @param seed the trainer's seed
   */
  abstract Trainer<Label> trainer(Configuration configuration, Dataset<Label> train, long seed);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final ParameterSpace space() {
    return space;
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    requireNonNull(profile, "profile");
    return Optional.empty();
  }

  @Override
  public final boolean needsStandardisation() {
    return needsStandardisation;
  }

  @Override
  public final boolean handlesMissingValues() {
    return false;
  }

  @Override
  public final Model<Label> train(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
    requireNonNull(train, "train");
    requireNonNull(validation, "validation");
    Configuration valid = space.validate(requireNonNull(configuration, "configuration"));
    if (train.size() == 0) {
      throw new IllegalArgumentException(name + " needs training rows, found 0");
    }
    return trainer(valid, train, seed).train(train);
  }

  @Override
  public String toString() {
    return name;
  }
}
