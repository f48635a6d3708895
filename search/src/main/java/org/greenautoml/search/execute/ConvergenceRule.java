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
 * @param objectives the objectives, as the evaluator reports them
 * @param patience how many top-fidelity trials without improvement mean convergence
 * @param relativeEpsilon the relative improvement that counts, non-negative
 * @param topFidelity the fidelity of the top rung
 */
public record ConvergenceRule(
    Objectives objectives, int patience, double relativeEpsilon, double topFidelity) {

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
  }
}
