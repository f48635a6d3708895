package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.greenautoml.family.DataProfile;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * A family that trains, prices and serialises exactly as its delegate and keeps every model trained on all training rows,
 * so that the suite can score each top-fidelity trial on the test rows after the search (the
 * engine keeps only the front's models). Keeping a reference costs no metered energy.
 *
 * <p>Models are keyed by family and configuration: the engine derives a trial's seed from its
 * configuration, so one configuration at full fidelity gives one model. Thread-safe.
 */
final class RecordingFamily implements ModelFamily {

  private final ModelFamily delegate;
  private final int fullTrainingRows;
  private final Map<String, Model<Label>> models;

  RecordingFamily(ModelFamily delegate, int fullTrainingRows, Map<String, Model<Label>> models) {
    this.delegate = requireNonNull(delegate, "delegate");
    this.fullTrainingRows = fullTrainingRows;
    this.models = requireNonNull(models, "models");
  }

  /** A fresh, thread-safe store for the recorded models. */
  static Map<String, Model<Label>> newStore() {
    return new ConcurrentHashMap<>();
  }

  /** The key of a configuration (without the family entry) of {@code family}. */
  static String key(String family, Configuration parameters) {
    return family + "|" + parameters;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ParameterSpace space() {
    return delegate.space();
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    return delegate.notApplicableReason(profile);
  }

  @Override
  public boolean needsStandardisation() {
    return delegate.needsStandardisation();
  }

  @Override
  public boolean handlesMissingValues() {
    return delegate.handlesMissingValues();
  }

  @Override
  public Model<Label> train(
      Dataset<Label> train, Dataset<Label> validation, Configuration configuration, long seed) {
    Model<Label> model = delegate.train(train, validation, configuration, seed);
    if (train.size() == fullTrainingRows) {
      models.put(key(delegate.name(), configuration), model);
    }
    return model;
  }

  @Override
  public double costScale(Configuration configuration) {
    return delegate.costScale(configuration);
  }

  @Override
  public double costGrowthExponent() {
    return delegate.costGrowthExponent();
  }

  @Override
  public ModelProto serialize(Model<Label> model, BooleanSupplier stopRequested) {
    return delegate.serialize(model, stopRequested);
  }
}
