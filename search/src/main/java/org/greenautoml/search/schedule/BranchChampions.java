package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.greenautoml.search.space.Configuration;

/**
 * Keeps every competitive branch of a conditional space (every model family) in play in ASHA: at
 * each rung, the best result of each branch on one objective (its champion) is promoted once no
 * ordinary promotion is due, when it is within a margin of the rung's best on that objective,
 * at most as many champions per rung as ordinary promotions ({@code floor(n / eta)}).
 *
 * <p>Why: how families rank on a small subsample is not how they rank on all rows (boosted trees
 * and forests gain most from more rows), and a rung ranked on several objectives at once can hold
 * a family's best configuration back behind cheaper, slightly less accurate ones. Without this, a
 * search can end having tried its eventual best family only at the lowest fidelity.
 *
 * @param branchOf the branch (family) a configuration belongs to
 * @param objective the index, in the promotion's objectives, of the objective champions are judged
 *     by
 * @param margin how far from the rung's best a champion may be and still be promoted, in that
 *     objective's units, given the rung's best value (for accuracy, for example, two standard
 *     errors of an accuracy near the best); a negative or NaN margin promotes no champion
 */
public record BranchChampions(
    Function<Configuration, String> branchOf, int objective, DoubleUnaryOperator margin) {

  /** Validates the fields. */
  public BranchChampions {
    requireNonNull(branchOf, "branchOf");
    requireNonNull(margin, "margin");
    if (objective < 0) {
      throw new IllegalArgumentException("objective index must be >= 0, found " + objective);
    }
  }

  /** Champions within a fixed {@code margin} of the rung's best. */
  public static BranchChampions within(
      Function<Configuration, String> branchOf, int objective, double margin) {
    if (!(margin >= 0) || Double.isInfinite(margin)) {
      throw new IllegalArgumentException("margin must be finite and >= 0, found " + margin);
    }
    return new BranchChampions(branchOf, objective, best -> margin);
  }
}
