package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.greenautoml.search.pareto.Direction;
import org.greenautoml.search.pareto.IncrementalParetoRanking;
import org.greenautoml.search.pareto.Objective;

/**
 * The successful results of one ASHA rung, kept ranked, and which of them were promoted.
 *
 * @implNote With one objective a result is inserted by binary search after its equals (a stable
 *     sort, O(log n) to find plus an array shift); with several the rung keeps its fronts and
 *     their tie-break orders incrementally ({@link IncrementalParetoRanking}), which ranks exactly
 *     as {@link RungRanker} would re-rank the whole rung with the same seed.
 */
final class AshaRung {

  private final Promotion promotion;
  private final boolean single;
  private final List<Entry> ranked = new ArrayList<>();
  private final IncrementalParetoRanking fronts;
  private final List<TrialOutcome> arrivals = new ArrayList<>();
  private final Optional<BranchChampions> champions;
  private final Map<String, Champion> championByBranch = new LinkedHashMap<>();
  private final Set<String> branchesPromoted = new HashSet<>();

  /**
   * A branch's best result so far on the champions' objective (minimised value), and where it sits:
   * its arrival index with several objectives, its entry with one.
   */
  private record Champion(
      String branch, TrialOutcome outcome, double value, int arrival, Entry entry) {}

  /** A result and whether it was promoted; compared by its minimisation key for one objective. */
  private static final class Entry {
    final TrialOutcome outcome;
    final double key;
    boolean promoted;

    Entry(TrialOutcome outcome, double key) {
      this.outcome = outcome;
      this.key = key;
    }
  }

  AshaRung(int index, Promotion promotion, long seed, Optional<BranchChampions> champions) {
    this.promotion = promotion;
    this.champions = champions;
    this.single = promotion.objectives().size() == 1;
    this.fronts = new IncrementalParetoRanking(promotion.objectives(), promotion.tieBreak(),
        RungRanker.rungSeed(seed, 0, index));
  }

  void add(TrialOutcome outcome) {
    Entry entry = null;
    if (single) {
      entry = new Entry(outcome, RungRanker.minimisationKey(outcome, promotion));
      ranked.add(upperBound(entry.key), entry);
    } else {
      fronts.add(outcome.objectives().orElseThrow());
      arrivals.add(outcome);
    }
    if (champions.isPresent()) {
      BranchChampions rule = champions.get();
      double value = promotion.objectives()
          .toMinimisation(outcome.objectives().orElseThrow())[rule.objective()];
      String branch = rule.branchOf().apply(outcome.trial().configuration());
      Champion candidate =
          new Champion(branch, outcome, value, single ? -1 : arrivals.size() - 1, entry);
      championByBranch.merge(branch, candidate,
          (held, challenger) -> challenger.value() < held.value() ? challenger : held);
    }
  }

  /**
   * The best branch champion not yet promoted that is within the rule's margin of the rung's best,
   * marked promoted; or null (always null without champions). Champions of at most {@code
   * floor(n / eta)} branches are promoted for the rung's {@code n} results, so that a family's
   * first result does not go up the ladder before the rung can judge it; a branch already
   * promoted that finds a better champion has it promoted too.
   */
  TrialOutcome promoteChampion(int eta) {
    if (champions.isEmpty() || championByBranch.isEmpty()) {
      return null;
    }
    // each branch's champion is its best, so the best of the champions is the rung's best
    double bestValue = championByBranch.values().stream().mapToDouble(Champion::value).min()
        .orElseThrow();
    Objective judged = promotion.objectives().list().get(champions.get().objective());
    double best = judged.direction() == Direction.MAXIMIZE ? -bestValue : bestValue;
    double limit = bestValue + champions.get().margin().applyAsDouble(best);
    boolean newBranchFits = branchesPromoted.size() < size() / eta;
    return championByBranch.values().stream()
        .filter(c -> c.value() <= limit && !isPromoted(c))
        .filter(c -> newBranchFits || branchesPromoted.contains(c.branch()))
        .min(Comparator.comparingDouble(Champion::value))
        .map(c -> {
          markPromoted(c);
          branchesPromoted.add(c.branch());
          return c.outcome();
        })
        .orElse(null);
  }

  private int size() {
    return single ? ranked.size() : arrivals.size();
  }

  private boolean isPromoted(Champion c) {
    return single ? c.entry().promoted : fronts.isTaken(c.arrival());
  }

  private void markPromoted(Champion c) {
    if (single) {
      c.entry().promoted = true;
    } else {
      fronts.take(c.arrival());
    }
  }

  /** The best result in the top {@code floor(n / eta)} not yet promoted, marked promoted; or null. */
  TrialOutcome promote(int eta) {
    if (!single) {
      OptionalInt best = fronts.takeBest(fronts.size() / eta);
      return best.isPresent() ? arrivals.get(best.getAsInt()) : null;
    }
    int top = ranked.size() / eta;
    for (int i = 0; i < top; i++) {
      Entry candidate = ranked.get(i);
      if (!candidate.promoted) {
        candidate.promoted = true;
        return candidate.outcome;
      }
    }
    return null;
  }

  private int upperBound(double key) {
    int lo = 0;
    int hi = ranked.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(ranked.get(mid).key, key) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
