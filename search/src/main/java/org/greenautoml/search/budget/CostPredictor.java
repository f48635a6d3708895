package org.greenautoml.search.budget;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;

/**
 * Learns, from finished trials, how much a trial of a (family, fidelity) costs, and gives an upper
 * estimate for the next one.
 *
 * <p>Model: cost is proportional to fidelity (the fraction of training rows) within a family. Each
 * observation gives a rate {@code cost / fidelity}; the upper estimate is {@code fidelity x
 * (largest rate seen for the family) x safetyFactor}. A family never seen borrows the largest rate
 * of any family; before any observation the stated prior rate is used. Because fixed per-trial
 * overheads make small-fidelity rates larger, the estimate errs high at larger fidelities, which is
 * the safe side for a budget. Thread-safe; O(1) per call.
 */
public final class CostPredictor {

  private final double priorKgPerFullFidelity;
  private final double safetyFactor;
  private final Map<String, Double> maxRateByFamily = new HashMap<>();
  private double maxRate = Double.NaN;

  /**
   * A predictor.
   *
   * @param priorKgPerFullFidelity the assumed cost of a full-fidelity trial before any observation
   * @param safetyFactor the multiplier on the largest observed rate, at least 1
   */
  public CostPredictor(double priorKgPerFullFidelity, double safetyFactor) {
    this.priorKgPerFullFidelity =
        CarbonLedger.requirePositiveFinite("prior cost (kg CO2e)", priorKgPerFullFidelity);
    if (!(safetyFactor >= 1.0) || !Double.isFinite(safetyFactor)) {
      throw new IllegalArgumentException(
          "safety factor must be finite and at least 1, found " + safetyFactor);
    }
    this.safetyFactor = safetyFactor;
  }

  /** Records the cost of a finished trial. */
  public synchronized void observe(String familyKey, double fidelity, double costKgCO2e) {
    requireNonNull(familyKey, "familyKey");
    requireFidelity(fidelity);
    CarbonLedger.requireNonNegativeFinite("observed cost (kg CO2e)", costKgCO2e);
    double rate = costKgCO2e / fidelity;
    maxRateByFamily.merge(familyKey, rate, Math::max);
    maxRate = Double.isNaN(maxRate) ? rate : Math.max(maxRate, rate);
  }

  /** The upper estimate of a trial's cost in kg CO2e. */
  public synchronized double upperEstimate(String familyKey, double fidelity) {
    requireNonNull(familyKey, "familyKey");
    requireFidelity(fidelity);
    Double rate = maxRateByFamily.get(familyKey);
    if (rate != null) {
      return fidelity * rate * safetyFactor;
    }
    if (!Double.isNaN(maxRate)) {
      return fidelity * maxRate * safetyFactor;
    }
    return fidelity * priorKgPerFullFidelity;
  }

  private static void requireFidelity(double fidelity) {
    if (!(fidelity > 0) || !Double.isFinite(fidelity)) {
      throw new IllegalArgumentException("fidelity must be positive and finite, found " + fidelity);
    }
  }
}
