package org.greenautoml.bench.suite;

/**
 * One trial that reached full fidelity, as the suite scores it after the search.
 *
 * @param id the trial's id in its search
 * @param family the model family
 * @param cumulativeKWh energy of every trial of the search that had finished when this one did,
 *     this one included (engine overhead excluded), in kWh
 * @param trainingKWh the trial's metered training energy, in kWh
 * @param validationAccuracy accuracy on the engine's validation rows, in [0, 1]
 * @param testAccuracy accuracy on the suite's test rows, in [0, 1]
 */
public record TopTrial(
    int id,
    String family,
    double cumulativeKWh,
    double trainingKWh,
    double validationAccuracy,
    double testAccuracy) {

  /** Checks the figures. */
  public TopTrial {
    if (!(cumulativeKWh >= 0) || !(trainingKWh >= 0)) {
      throw new IllegalArgumentException(
          "energies of trial " + id + " must be non-negative, found " + cumulativeKWh + " and "
              + trainingKWh);
    }
    if (!(testAccuracy >= 0 && testAccuracy <= 1)) {
      throw new IllegalArgumentException(
          "test accuracy of trial " + id + " must be in [0, 1], found " + testAccuracy);
    }
  }

  /** The test error, {@code 1 - testAccuracy}. */
  public double testError() {
    return 1 - testAccuracy;
  }
}
