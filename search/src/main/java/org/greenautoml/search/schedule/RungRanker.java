package org.greenautoml.search.schedule;

import java.util.List;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.ParetoRanking;

/** Ranks the successful trials of one rung, best first, by a {@link Promotion}. */
final class RungRanker {

  private RungRanker() {}

  static List<TrialOutcome> rank(List<TrialOutcome> successes, Promotion promotion, long seed) {
    return ParetoRanking.rank(
        successes, RungRanker::objectivesOf, promotion.objectives(), promotion.tieBreak(), seed);
  }

  /** The value a single-objective ranking sorts by, smaller is better. */
  static double minimisationKey(TrialOutcome outcome, Promotion promotion) {
    return promotion.objectives().toMinimisation(objectivesOf(outcome))[0];
  }

  /** Checks that a successful outcome has one value per objective of the promotion. */
  static void requireMatches(TrialOutcome outcome, Promotion promotion) {
    outcome.objectives().ifPresent(v -> {
      if (v.size() != promotion.objectives().size()) {
        throw new IllegalArgumentException(
            "objectives of trial " + outcome.trial().id() + " must have "
                + promotion.objectives().size() + " values " + promotion.objectives().list()
                + ", found " + v.size());
      }
    });
  }

  /** A seed for ranking one rung, split from the scheduler's seed. */
  static long rungSeed(long seed, int bracket, int rung) {
    long z = seed + 0x9E3779B97F4A7C15L * (31L * bracket + rung + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static ObjectiveVector objectivesOf(TrialOutcome outcome) {
    return outcome.objectives().orElseThrow();
  }
}
