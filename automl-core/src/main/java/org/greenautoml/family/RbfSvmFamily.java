package org.greenautoml.family;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import libsvm.svm;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.libsvm.SVMClassificationType.SVMMode;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;

/**
 * A C-support vector machine with the RBF kernel solved by LIBSVM (Chang &amp; Lin 2011), one
 * vs one for multiclass problems.
 *
 * <p>Space: auto-sklearn's {@code libsvm_svc} component (Feurer et al. 2015): gamma log-uniform in
 * [2^-15, 8] with default 0.1, cost log-uniform with default 1 in [2^-5, 2^10] (auto-sklearn goes
 * to 2^15; the cap bounds the solver's time, which grows with the cost). Features must be
 * standardised. Not applicable above {@value #MAX_ROWS} training rows: the kernel solver's time
 * grows between quadratically and cubically with the rows.
 *
 * <p>LIBSVM prints its solver progress to standard output unless told otherwise; loading this
 * class routes it to this class's {@link System.Logger} at {@code DEBUG} (a process-wide LIBSVM
 * setting).
 */
final class RbfSvmFamily extends TrainerFamily {

  /** The largest number of training rows the RBF SVM is tried on. */
  static final int MAX_ROWS = 5_000;

  private static final Logger LOGGER = System.getLogger(RbfSvmFamily.class.getName());

  static {
    svm.svm_set_print_string_function(text -> LOGGER.log(Level.DEBUG, text.strip()));
  }

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          DoubleParameter.log("cost", 0.03125, 1024, 1.0),
          DoubleParameter.log("gamma", 3.0517578125e-05, 8.0, 0.1));

  RbfSvmFamily() {
    super("rbf-svm", SPACE, true);
  }

  @Override
  public Optional<String> notApplicableReason(DataProfile profile) {
    super.notApplicableReason(profile);
    if (profile.rows() > MAX_ROWS) {
      return Optional.of(
          "rbf-svm training time grows quadratically or worse with rows; skipped above "
              + MAX_ROWS + " training rows, found " + profile.rows());
    }
    return Optional.empty();
  }

  @Override
  Trainer<Label> trainer(Configuration c, Dataset<Label> train, long seed) {
    SVMParameters<Label> parameters =
        new SVMParameters<>(new SVMClassificationType(SVMMode.C_SVC), KernelType.RBF);
    parameters.setCost(c.getDouble("cost"));
    parameters.setGamma(c.getDouble("gamma"));
    return new LibSVMClassificationTrainer(parameters, seed);
  }

  /** Kernel SVM training grows about quadratically in the rows. */
  @Override
  public double costGrowthExponent() {
    return 2.0;
  }
}
