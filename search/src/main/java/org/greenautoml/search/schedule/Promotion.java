package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.pareto.TieBreak;

/**
 * How a rung is ranked for promotion: non-dominated sorting over the objectives, then the
 * tie-break inside a front (MO-ASHA, Schmucker et al. 2021); one objective is a plain stable sort.
 *
 * @param objectives the objectives and their directions, in the order of the objective vectors
 * @param tieBreak how trials inside one front are ordered
 */
public record Promotion(Objectives objectives, TieBreak tieBreak) {

  /** Validates both fields. */
  public Promotion {
    requireNonNull(objectives, "objectives");
    requireNonNull(tieBreak, "tieBreak");
  }

  /** Ranking by one objective. */
  public static Promotion singleObjective(Objective objective) {
    return new Promotion(Objectives.of(requireNonNull(objective, "objective")),
        TieBreak.CROWDING_DISTANCE);
  }
}
