package org.greenautoml.trial.internal;

import org.greenautoml.trial.TrialModel;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Trains the final model of a chosen configuration on every row the search was given (training
 * plus validation, {@link PreparedData#allRows}), under the meter, after the search: a
 * <em>refit</em>. The family decides how ({@link ModelFamily#refit}: XGBoost keeps the round count
 * early stopping chose, scaled to the larger set). The refit keeps the trial's preprocessing and
 * seed, so it differs from the searched model only in the rows it saw. Its cost is returned for
 * the caller to charge; its figures are kept apart from the search's validation figures (a refit
 * has no rows left to validate on). Thread-safe.
 */
public final class Refitter {

  private final PreparedData data;
  private final Function<String, ModelFamily> familiesByName;
  private final EnergyMeter meter;
  private final CarbonAccountant accountant;
  private final long seed;

  /**
   * A refitter for one search.
   *
   * @param data the search's prepared data
   * @param familiesByName resolves a configuration's family
   * @param meter the energy meter
   * @param accountant converts energy into kg CO2e
   * @param seed the search's seed (mixed with the configuration as for its trials)
   */
  public Refitter(PreparedData data, Function<String, ModelFamily> familiesByName,
      EnergyMeter meter, CarbonAccountant accountant, long seed) {
    this.data = requireNonNull(data, "data");
    this.familiesByName = requireNonNull(familiesByName, "familiesByName");
    this.meter = requireNonNull(meter, "meter");
    this.accountant = requireNonNull(accountant, "accountant");
    this.seed = seed;
  }

  /**
   * What a refit produced and cost.
   *
   * @param model the refitted model, with the trial's id and preprocessing
   * @param rows the rows it was trained on (training plus validation)
   * @param trainingJoules the energy of training it
   * @param kgCO2e the footprint of the whole refit
   * @param energyMethod the meter's method
   */
  public record Refit(
      TrialModel model, int rows, double trainingJoules, double kgCO2e, String energyMethod) {
    /** Validates the figures. */
    public Refit {
      requireNonNull(model, "model");
      requireNonNull(energyMethod, "energyMethod");
      if (rows < 1 || !(trainingJoules >= 0) || !(kgCO2e >= 0)) {
        throw new IllegalArgumentException("refit rows must be positive and its energy"
            + " non-negative, found " + rows + " rows, " + trainingJoules + " J, " + kgCO2e + " kg");
      }
    }
  }

  /**
   * Refits the configuration of a top-fidelity trial on every row, in the calling thread.
   *
   * @param configuration the trial's configuration, family included
   * @param searched the model the trial trained on the training partition
   */
  public Refit refit(Configuration configuration, TrialModel searched) {
    requireNonNull(configuration, "configuration");
    requireNonNull(searched, "searched");
    ModelFamily family = familiesByName.apply(
        configuration.getString(MeteredTrialEvaluator.FAMILY));
    Dataset<Label> all = data.allRows(family);
    Model<Label> model;
    EnergyReading training;
    try (Measurement measurement = meter.start(MeterScope.THREAD)) {
      model = family.refit(all, MeteredTrialEvaluator.withoutFamily(configuration),
          searched.model(), data.trainingRows(1.0),
          MeteredTrialEvaluator.seedFor(seed, configuration));
      training = measurement.stop();
    }
    TrialModel refitted =
        new TrialModel(searched.trialId(), family.name(), model, data.preprocessor(family));
    return new Refit(refitted, all.size(), training.joules(),
        accountant.footprintOf(training).kgCO2e(), training.method().name());
  }
}
