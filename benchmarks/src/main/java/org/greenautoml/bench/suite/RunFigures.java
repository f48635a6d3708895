package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

/**
 * The figures of one method on one dataset and seed, including those that compare it with the
 * other methods of the same run.
 *
 * @param run the search's own outcome
 * @param gridTargetAccuracy grid search's best test accuracy on the same split, minus 0.5 pp
 * @param kWhToGridTarget energy spent until the search first held a full-fidelity model at the
 *     target, in kWh (trial energy, overhead excluded); NaN if it never did
 * @param hypervolume hypervolume of the (test error, log10 training kWh) points of the full-fidelity
 *     trials, normalised per dataset, against the dataset's shared reference point
 * @param gridFullKWh estimated energy of grid search over the whole grid on this split, in kWh
 */
public record RunFigures(
    MethodRun run,
    double gridTargetAccuracy,
    double kWhToGridTarget,
    double hypervolume,
    double gridFullKWh) {

  /** Checks the parts. */
  public RunFigures {
    requireNonNull(run, "run");
  }

  /** Grams of CO2e the search was charged. */
  public double gramsCO2e() {
    return run.spentKgCO2e() * 1000;
  }
}
