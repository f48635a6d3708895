package org.greenautoml.search.pareto;

/** How {@link ParetoRanking} orders the members of one front. */
public enum TieBreak {
  /** Descending NSGA-II crowding distance ({@link CrowdingDistance}); ties by input order. */
  CROWDING_DISTANCE,
  /** The greedy farthest-point order of MO-ASHA ({@link EpsilonNet}), seeded. */
  EPSILON_NET
}
