package org.greenautoml.search.execute;

import static java.util.Objects.requireNonNull;

import org.greenautoml.search.pareto.Objectives;

/**
 * When a search has converged: none of the last {@code patience} successful trials at the top
 * fidelity improved the top-fidelity Pareto front by more than {@code relativeEpsilon}.
 *
 * <p>A new point improves the front when no earlier front member is within it by the epsilon:
 * there is no member {@code q} with {@code q_i <= p_i + relativeEpsilon * scale_i} for every
 * objective {@code i} (minimisation form), where {@code scale_i} is the spread of objective {@code
 * i} over the top-fidelity points so far (or its magnitude when they all agree). With one objective
 * this reads: the best value did not improve by more than epsilon of the spread in the last
 * {@code patience} top-fidelity trials. Additive epsilon-dominance as in Laumanns et al. 2002.
 *
 * <p>A search has not converged either while one of its {@code familiesAtTop} best families has
 * not been tried at the top fidelity: families are ranked by the best value of the first objective
 * any of their trials reached at the search's lowest fidelity, and a family counts as tried once
 * one of its trials ended at the top fidelity (whatever its status). So a search cannot stop on a
 * front that only one family reached, unless the scheduler never promotes the others: after twice
 * the patience without improvement the search converges regardless, so that a family the
 * ranking never promotes cannot keep it running until the budget is spent.
 *
 * <p>With {@code bestPatience > 0} a search also converges (under the same condition on families)
 * once none of its last {@code bestPatience} successful top-fidelity trials improved the best
 * value of the first objective (the most accurate model) by more than {@code relativeEpsilon} of
 * that objective's spread: with several objectives the front keeps gaining points that are a
 * little cheaper at a lower accuracy long after the most accurate model has been found, and each
 * of them restarts the front's patience.
 *
 * @param objectives the objectives, as the evaluator reports them
 * @param patience how many top-fidelity trials without improvement mean convergence
 * @param relativeEpsilon the relative improvement that counts, non-negative
 * @param topFidelity the fidelity of the top rung
 * @param familiesAtTop how many of the best families must have been tried at the top fidelity,
 *     non-negative (0: no such condition)
 * @param bestPatience how many top-fidelity trials without improving the best value of the first
 *     objective mean convergence, non-negative (0: no such condition)
 */
public record ConvergenceRule(
    Objectives objectives, int patience, double relativeEpsilon, double topFidelity,
    int familiesAtTop, int bestPatience) {

  /** A rule without the condition on families. */
  public ConvergenceRule(
      Objectives objectives, int patience, double relativeEpsilon, double topFidelity) {
    this(objectives, patience, relativeEpsilon, topFidelity, 0, 0);
  }

  /** A rule on the front alone, with the condition on families. */
  public ConvergenceRule(
      Objectives objectives, int patience, double relativeEpsilon, double topFidelity,
      int familiesAtTop) {
    this(objectives, patience, relativeEpsilon, topFidelity, familiesAtTop, 0);
  }

  /** Validates every field. */
  public ConvergenceRule {
    requireNonNull(objectives, "objectives");
    if (patience < 1) {
      throw new IllegalArgumentException("patience must be at least 1, found " + patience);
    }
    if (!(relativeEpsilon >= 0) || !Double.isFinite(relativeEpsilon)) {
      throw new IllegalArgumentException(
          "relative epsilon must be non-negative and finite, found " + relativeEpsilon);
    }
    if (!(topFidelity > 0 && topFidelity <= 1)) {
      throw new IllegalArgumentException("top fidelity must be in (0, 1], found " + topFidelity);
    }
    if (familiesAtTop < 0) {
      throw new IllegalArgumentException(
          "families at the top fidelity must be non-negative, found " + familiesAtTop);
    }
    if (bestPatience < 0) {
      throw new IllegalArgumentException(
          "best patience must be non-negative, found " + bestPatience);
    }
  }
}
