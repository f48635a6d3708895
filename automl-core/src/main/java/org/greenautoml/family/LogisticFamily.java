package org.greenautoml.family;

import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Multinomial logistic regression trained by stochastic gradient descent with AdaGrad (Duchi,
 * Hazan &amp; Singer 2011), Tribuo's {@code LinearSGDTrainer} with the {@code LogMulticlass}
 * objective.
 *
 * <p>Space: defaults are those of Tribuo's {@code LogisticRegressionTrainer} (AdaGrad learning
 * rate 1.0, 5 epochs, minibatch 1); ranges follow auto-sklearn's {@code sgd} component (Feurer et
 * al. 2015, learning rate log-uniform) widened to Tribuo's default. Features must be
 * standardised. No early stopping: Tribuo's SGD trainers take no validation set.
 */
final class LogisticFamily extends TrainerFamily {

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          DoubleParameter.log("learning_rate", 1e-3, 1.0, 1.0),
          IntParameter.log("epochs", 1, 64, 5),
          IntParameter.log("minibatch_size", 1, 128, 1));

  LogisticFamily() {
    super("logistic", SPACE, true);
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    return new LinearSGDTrainer(
        new LogMulticlass(),
        new AdaGrad(c.getDouble("learning_rate"), 0.1),
        c.getInt("epochs"),
        -1,
        c.getInt("minibatch_size"),
        seed);
  }

  /** The epochs of stochastic gradient descent. */
  @Override
  public double costScale(Configuration c) {
    return c.getInt("epochs");
  }
}
