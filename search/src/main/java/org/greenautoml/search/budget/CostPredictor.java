package org.greenautoml.search.budget;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * Learns, from finished trials, how much a trial of a (family, fidelity) costs, and gives an upper
 * estimate for the next one.
 *
 * <p>Model: within a family, a trial costs a fixed part plus a part that grows as a power {@code
 * k} of the fidelity (the fraction of training rows), {@code 1 <= k <= 2} (linear, up to
 * quadratic for families such as kernel SVMs). For a fidelity at or below one already observed,
 * the estimate is the largest cost seen at the nearest observed fidelity above it. Above every
 * observed fidelity it takes the cost at the lowest observed fidelity as the fixed part, fits
 * {@code k} to the growth of the rest between the two highest observed fidelities, and
 * extrapolates from the highest; while {@code k} cannot be fitted it assumes 2. Separating the
 * fixed part keeps it from masking the growth (which would underestimate) or from being scaled up
 * with the rows (which, extrapolated from a tiny subsample, overestimates full-fidelity trials many
 * times over). Every estimate is multiplied
 * by the safety factor. A family never seen borrows the largest estimate of any family; before any
 * observation the stated prior is used. Thread-safe; O(log r) per call for r observed fidelities.
 */
public final class CostPredictor {

  private static final double MIN_EXPONENT = 1.0;
  private static final double MAX_EXPONENT = 2.0;

  private final double priorKgPerFullFidelity;
  private final double safetyFactor;
  private final DoubleSupplier overheadShare;
  private final Map<String, NavigableMap<Double, Double>> maxCostByFamily = new HashMap<>();

  /**
   * A predictor.
   *
   * @param priorKgPerFullFidelity the assumed cost of a full-fidelity trial before any observation
   * @param safetyFactor the multiplier on every estimate, at least 1
   */
  public CostPredictor(double priorKgPerFullFidelity, double safetyFactor) {
    this(priorKgPerFullFidelity, safetyFactor, () -> 0.0);
  }

  /**
   * A predictor whose estimates also cover the overhead that accrues outside the trial while it
   * runs (a search engine's own work), as a share of the trial's cost.
   *
   * @param priorKgPerFullFidelity the assumed cost of a full-fidelity trial before any observation
   * @param safetyFactor the multiplier on every estimate, at least 1
   * @param overheadShare the current overhead per unit of trial cost; a negative, NaN or infinite
   *     value counts as 0
   */
  public CostPredictor(
      double priorKgPerFullFidelity, double safetyFactor, DoubleSupplier overheadShare) {
    this.overheadShare = requireNonNull(overheadShare, "overheadShare");
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
    maxCostByFamily
        .computeIfAbsent(familyKey, k -> new TreeMap<>())
        .merge(fidelity, costKgCO2e, Math::max);
  }

  /** The upper estimate of a trial's cost in kg CO2e, the overhead it brings with it included. */
  public double upperEstimate(String familyKey, double fidelity) {
    double share = overheadShare.getAsDouble();
    double withOverhead = share > 0 && Double.isFinite(share) ? 1 + share : 1;
    return withOverhead * trialEstimate(familyKey, fidelity);
  }

  private synchronized double trialEstimate(String familyKey, double fidelity) {
    requireNonNull(familyKey, "familyKey");
    requireFidelity(fidelity);
    NavigableMap<Double, Double> observed = maxCostByFamily.get(familyKey);
    if (observed != null) {
      return safetyFactor * estimate(observed, fidelity);
    }
    if (!maxCostByFamily.isEmpty()) {
      double largest = 0;
      for (NavigableMap<Double, Double> family : maxCostByFamily.values()) {
        largest = Math.max(largest, estimate(family, fidelity));
      }
      return safetyFactor * largest;
    }
    return fidelity * priorKgPerFullFidelity;
  }

  private static double estimate(NavigableMap<Double, Double> observed, double fidelity) {
    Map.Entry<Double, Double> atOrAbove = observed.ceilingEntry(fidelity);
    if (atOrAbove != null) {
      return atOrAbove.getValue();
    }
    Map.Entry<Double, Double> highest = observed.lastEntry();
    double growth = fidelity / highest.getKey();
    if (observed.size() == 1) {
      return highest.getValue() * Math.pow(growth, MAX_EXPONENT);
    }
    double fixed = observed.firstEntry().getValue();
    double variable = highest.getValue() - fixed;
    if (variable <= 0) {
      return highest.getValue() * growth;
    }
    Map.Entry<Double, Double> below = observed.lowerEntry(highest.getKey());
    double variableBelow = below.getValue() - fixed;
    double exponent = MAX_EXPONENT;
    if (variableBelow > 0) {
      double fitted =
          Math.log(variable / variableBelow) / Math.log(highest.getKey() / below.getKey());
      exponent = Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, fitted));
    }
    return fixed + variable * Math.pow(growth, exponent);
  }

  private static void requireFidelity(double fidelity) {
    if (!(fidelity > 0) || !Double.isFinite(fidelity)) {
      throw new IllegalArgumentException("fidelity must be positive and finite, found " + fidelity);
    }
  }
}
