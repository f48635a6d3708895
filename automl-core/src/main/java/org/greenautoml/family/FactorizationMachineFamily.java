package org.greenautoml.family;

import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * A factorization machine (Rendle 2010, "Factorization Machines"): a linear model plus pairwise
 * feature interactions through low-rank factors, Tribuo's {@code FMClassificationTrainer} with the
 * logistic loss and AdaGrad.
 *
 * <p>Space: factor size log-uniform in [2, 32] (default 8), initial factor variance log-uniform in
 * [1e-3, 1] (default 0.1, Tribuo's tests), learning rate and epochs as for {@code logistic}
 * (default 0.1 and 5), one example per step: Tribuo 4.3.2's FM trainer fails with minibatches
 * larger than 1 (a {@code ClassCastException} from {@code DenseVector} to {@code
 * DenseSparseMatrix}). Features must be standardised. No early stopping (no validation set in
 * Tribuo's SGD trainers).
 */
final class FactorizationMachineFamily extends TrainerFamily {

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          IntParameter.log("factor_size", 2, 32, 8),
          DoubleParameter.log("variance", 1e-3, 1.0, 0.1),
          DoubleParameter.log("learning_rate", 1e-3, 1.0, 0.1),
          IntParameter.log("epochs", 1, 64, 5));

  FactorizationMachineFamily() {
    super("fm", SPACE, true);
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    return new FMClassificationTrainer(
        new LogMulticlass(),
        new AdaGrad(c.getDouble("learning_rate"), 0.1),
        c.getInt("epochs"),
        -1,
        1,
        seed,
        c.getInt("factor_size"),
        c.getDouble("variance"));
  }

  /** Epochs times factors. */
  @Override
  public double costScale(Configuration c) {
    return c.getInt("epochs") * (double) c.getInt("factor_size");
  }
}
