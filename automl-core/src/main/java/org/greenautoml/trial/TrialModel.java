package org.greenautoml.trial;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * A trained model together with the preprocessing its inputs need.
 *
 * <p>Examples given to {@link #predict(List)} are encoded rows as the search's encoder makes them;
 * the preprocessor imputes and scales them exactly as during training. Immutable; thread-safe as
 * far as the Tribuo model is (Tribuo models predict concurrently).
 *
 * @param trialId the trial that trained it
 * @param family the family's name
 * @param model the Tribuo model
 * @param preprocessor the preprocessing fitted on the training partition
 */
public record TrialModel(int trialId, String family, Model<Label> model, Preprocessor preprocessor) {

  /** Checks the parts. */
  public TrialModel {
    requireNonNull(family, "family");
    requireNonNull(model, "model");
    requireNonNull(preprocessor, "preprocessor");
  }

  /** Predicts encoded rows. */
  public List<Prediction<Label>> predict(List<Example<Label>> encodedRows) {
    return model.predict(encodedRows.stream().map(preprocessor::apply).toList());
  }
}
