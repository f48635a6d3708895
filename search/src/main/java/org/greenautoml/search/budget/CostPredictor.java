package org.greenautoml.search.budget;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

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
 * observation the stated prior is used.
 *
 * <p>The predictor knows the configuration through its <em>scale</em>: the relative work a
 * configuration asks for within its family (trees times depth, boosting rounds, epochs; 1 when
 * unknown). It keeps cost per unit of scale, and the estimate for a configuration is its scale
 * times the largest cost per unit among the last {@value #WINDOW} trials of that family and
 * fidelity, so a configuration with 17 shallow trees is not priced like the 107 deep ones seen
 * first, and an early trial slowed by the JVM's warm-up ages out. With one observed fidelity the
 * growth to a higher one is the family's declared exponent (2, quadratic, unless stated).
 * Thread-safe; O(log r + w) per call for r observed fidelities and a window of w.
 */
public final class CostPredictor {

  private static final double MIN_EXPONENT = 1.0;
  private static final double MAX_EXPONENT = 2.0;

  /** How many recent trials per family and fidelity the estimate looks at. */
  public static final int WINDOW = 16;

  private final double priorKgPerFullFidelity;
  private final double safetyFactor;
  private final DoubleSupplier overheadShare;
  private final ToDoubleFunction<String> growthExponentOf;
  private final Map<String, NavigableMap<Double, Recent>> costByFamily = new HashMap<>();

  /** The last {@link #WINDOW} costs per unit of scale at one fidelity. */
  private static final class Recent {
    private final ArrayDeque<Double> values = new ArrayDeque<>();

    void add(double value) {
      if (values.size() == WINDOW) {
        values.removeFirst();
      }
      values.addLast(value);
    }

    double max() {
      return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
  }

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
    this(priorKgPerFullFidelity, safetyFactor, overheadShare, family -> MAX_EXPONENT);
  }

  /**
   * A predictor as above whose growth from one observed fidelity to a higher one follows each
   * family's declared exponent.
   *
   * @param growthExponentOf the exponent of a family's cost in the fidelity, clipped to [1, 2]
   */
  public CostPredictor(double priorKgPerFullFidelity, double safetyFactor,
      DoubleSupplier overheadShare, ToDoubleFunction<String> growthExponentOf) {
    this.growthExponentOf = requireNonNull(growthExponentOf, "growthExponentOf");
    this.overheadShare = requireNonNull(overheadShare, "overheadShare");
    this.priorKgPerFullFidelity =
        CarbonLedger.requirePositiveFinite("prior cost (kg CO2e)", priorKgPerFullFidelity);
    if (!(safetyFactor >= 1.0) || !Double.isFinite(safetyFactor)) {
      throw new IllegalArgumentException(
          "safety factor must be finite and at least 1, found " + safetyFactor);
    }
    this.safetyFactor = safetyFactor;
  }

  /** Records the cost of a finished trial of scale 1. */
  public void observe(String familyKey, double fidelity, double costKgCO2e) {
    observe(familyKey, 1.0, fidelity, costKgCO2e);
  }

  /** Records the cost of a finished trial whose configuration has this scale (positive). */
  public synchronized void observe(
      String familyKey, double scale, double fidelity, double costKgCO2e) {
    requireNonNull(familyKey, "familyKey");
    requireScale(scale);
    requireFidelity(fidelity);
    CarbonLedger.requireNonNegativeFinite("observed cost (kg CO2e)", costKgCO2e);
    costByFamily
        .computeIfAbsent(familyKey, k -> new TreeMap<>())
        .computeIfAbsent(fidelity, f -> new Recent())
        .add(costKgCO2e / scale);
  }

  /** The upper estimate of a trial's cost in kg CO2e at scale 1, its overhead included. */
  public double upperEstimate(String familyKey, double fidelity) {
    return upperEstimate(familyKey, 1.0, fidelity);
  }

  /**
   * The upper estimate of a trial's cost in kg CO2e, the overhead it brings with it included, for a
   * configuration of this scale (positive).
   */
  public double upperEstimate(String familyKey, double scale, double fidelity) {
    requireScale(scale);
    double share = overheadShare.getAsDouble();
    double withOverhead = share > 0 && Double.isFinite(share) ? 1 + share : 1;
    return withOverhead * trialEstimate(familyKey, scale, fidelity);
  }

  private synchronized double trialEstimate(String familyKey, double scale, double fidelity) {
    requireNonNull(familyKey, "familyKey");
    requireFidelity(fidelity);
    NavigableMap<Double, Recent> observed = costByFamily.get(familyKey);
    if (observed != null) {
      return safetyFactor * scale * estimate(observed, fidelity, exponentOf(familyKey));
    }
    if (!costByFamily.isEmpty()) {
      double largest = 0;
      for (Map.Entry<String, NavigableMap<Double, Recent>> family : costByFamily.entrySet()) {
        largest = Math.max(largest,
            estimate(family.getValue(), fidelity, exponentOf(family.getKey())));
      }
      return safetyFactor * largest;
    }
    return fidelity * priorKgPerFullFidelity;
  }

  private double exponentOf(String familyKey) {
    double declared = growthExponentOf.applyAsDouble(familyKey);
    return Double.isFinite(declared)
        ? Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, declared)) : MAX_EXPONENT;
  }

  private static double estimate(
      NavigableMap<Double, Recent> recent, double fidelity, double singleExponent) {
    NavigableMap<Double, Double> observed = new TreeMap<>();
    recent.forEach((f, costs) -> observed.put(f, costs.max()));
    Map.Entry<Double, Double> atOrAbove = observed.ceilingEntry(fidelity);
    if (atOrAbove != null) {
      return atOrAbove.getValue();
    }
    Map.Entry<Double, Double> highest = observed.lastEntry();
    double growth = fidelity / highest.getKey();
    if (observed.size() == 1) {
      return highest.getValue() * Math.pow(growth, singleExponent);
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

  private static void requireScale(double scale) {
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be positive and finite, found " + scale);
    }
  }

  private static void requireFidelity(double fidelity) {
    if (!(fidelity > 0) || !Double.isFinite(fidelity)) {
      throw new IllegalArgumentException("fidelity must be positive and finite, found " + fidelity);
    }
  }
}
