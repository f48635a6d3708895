package org.greenautoml.family;

import org.greenautoml.search.space.CategoricalParameter;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.liblinear.LinearClassificationType.LinearType;

/**
 * A linear support vector machine solved by LIBLINEAR (Fan et al. 2008, "LIBLINEAR: A Library for
 * Large Linear Classification"), one-vs-rest for multiclass problems.
 *
 * <p>Space: auto-sklearn's {@code liblinear_svc} component (Feurer et al. 2015): penalty and loss
 * as three LIBLINEAR solvers ({@code l2r_l2loss_dual} is LIBLINEAR's default, {@code
 * l2r_l1loss_dual} is the hinge loss, {@code l1r_l2loss} the sparse L1 penalty), cost log-uniform
 * in [2^-5, 2^15] with default 1, tolerance log-uniform in [1e-5, 1e-1] with LIBLINEAR's dual
 * default 0.1. At most 1,000 solver iterations (Tribuo's default). Features must be standardised.
 */
final class LinearSvmFamily extends TrainerFamily {

  private static final int MAX_ITERATIONS = 1000;

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          CategoricalParameter.of("solver", "l2r_l2loss_dual", "l2r_l1loss_dual", "l1r_l2loss"),
          DoubleParameter.log("cost", 0.03125, 32768, 1.0),
          DoubleParameter.log("tolerance", 1e-5, 1e-1, 1e-1));

  LinearSvmFamily() {
    super("linear-svm", SPACE, true);
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    LinearType solver =
        switch (c.getString("solver")) {
          case "l2r_l1loss_dual" -> LinearType.L2R_L1LOSS_SVC_DUAL;
          case "l1r_l2loss" -> LinearType.L1R_L2LOSS_SVC;
          default -> LinearType.L2R_L2LOSS_SVC_DUAL;
        };
    return new LibLinearClassificationTrainer(
        new LinearClassificationType(solver),
        c.getDouble("cost"),
        MAX_ITERATIONS,
        c.getDouble("tolerance"),
        seed);
  }
}
