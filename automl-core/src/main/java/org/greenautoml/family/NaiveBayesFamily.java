package org.greenautoml.family;

import java.util.Optional;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.mnb.MultinomialNaiveBayesTrainer;

/**
 * Multinomial naive Bayes with additive smoothing (McCallum &amp; Nigam 1998), Tribuo's
 * {@code MultinomialNaiveBayesTrainer}; deterministic, no seed needed.
 *
 * <p>Space: auto-sklearn's {@code multinomial_nb} component (Feurer et al. 2015): smoothing
 * {@code alpha} log-uniform in [1e-2, 100], default 1. Applies only where every feature value is
 * non-negative (the model reads features as counts); features are not standardised, which would
 * make them negative. Mean imputation keeps them non-negative. It suits
 * one-hot and count features; on numeric columns of very different scales the largest columns
 * dominate and it can fall to the majority-class rate (credit-approval), which the search
 * then measures and drops.
 */
final class NaiveBayesFamily extends TrainerFamily {

  private static final ParameterSpace SPACE =
      ParameterSpace.of(DoubleParameter.log("alpha", 1e-2, 100.0, 1.0));

  NaiveBayesFamily() {
    super("naive-bayes", SPACE, false);
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    super.notApplicableReason(profile);
    if (!profile.allFeaturesNonNegative()) {
      return Optional.of(
          "naive-bayes reads features as counts; it needs every feature value to be"
              + " non-negative, and some are negative");
    }
    return Optional.empty();
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    return new MultinomialNaiveBayesTrainer(c.getDouble("alpha"));
  }
}
