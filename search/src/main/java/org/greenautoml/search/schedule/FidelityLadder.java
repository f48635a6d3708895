package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The geometric rungs of fidelity: {@code max, max/eta, max/eta^2, ...} down to no less than
 * {@code min}, listed lowest first; for example {@code 1/27, 1/9, 1/3, 1} for {@code min = 1/27, max
 * = 1, eta = 3}. {@code R = max/min} and {@code s_max = floor(log_eta R)} as in Li et al. 2018.
 *
 * @param minFidelity the lowest fidelity, in (0, max]
 * @param maxFidelity the highest fidelity, in (0, 1]
 * @param eta the reduction factor, at least 2
 */
public record FidelityLadder(double minFidelity, double maxFidelity, int eta) {

  private static final double TOLERANCE = 1e-9;

  /** Validates the range and eta. */
  public FidelityLadder {
    if (!(maxFidelity > 0 && maxFidelity <= 1)) {
      throw new IllegalArgumentException("max fidelity must be in (0, 1], found " + maxFidelity);
    }
    if (!(minFidelity > 0 && minFidelity <= maxFidelity)) {
      throw new IllegalArgumentException(
          "min fidelity must be in (0, " + maxFidelity + "], found " + minFidelity);
    }
    if (eta < 2) {
      throw new IllegalArgumentException("eta must be at least 2, found " + eta);
    }
  }

  /** The rungs, lowest first; the last is {@code maxFidelity}. */
  public List<Double> rungs() {
    List<Double> rungs = new ArrayList<>();
    double fidelity = maxFidelity;
    while (fidelity >= minFidelity * (1 - TOLERANCE)) {
      rungs.add(fidelity);
      fidelity /= eta;
    }
    Collections.reverse(rungs);
    return List.copyOf(rungs);
  }

  /** {@code s_max}: the number of rungs minus one. */
  public int maxBracket() {
    return rungs().size() - 1;
  }
}
