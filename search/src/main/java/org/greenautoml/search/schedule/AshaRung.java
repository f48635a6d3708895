package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.greenautoml.search.pareto.IncrementalParetoRanking;

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

  AshaRung(int index, Promotion promotion, long seed) {
    this.promotion = promotion;
    this.single = promotion.objectives().size() == 1;
    this.fronts = new IncrementalParetoRanking(promotion.objectives(), promotion.tieBreak(),
        RungRanker.rungSeed(seed, 0, index));
  }

  void add(TrialOutcome outcome) {
    if (single) {
      Entry entry = new Entry(outcome, RungRanker.minimisationKey(outcome, promotion));
      ranked.add(upperBound(entry.key), entry);
    } else {
      fronts.add(outcome.objectives().orElseThrow());
      arrivals.add(outcome);
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
