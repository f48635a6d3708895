package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.List;
import org.greenautoml.search.pareto.ParetoRanking;

/**
 * The successful results of one ASHA rung, kept ranked, and which of them were promoted.
 *
 * @implNote With one objective a result is inserted by binary search after its equals (a stable
 *     sort, O(log n) to find plus an array shift); with several the rung is re-ranked by {@link
 *     RungRanker} the next time it is asked for a promotion after a change (O(ranking of n)).
 */
final class AshaRung {

  private final int index;
  private final Promotion promotion;
  private final long seed;
  private final boolean single;
  private final List<Entry> arrivals = new ArrayList<>();
  private List<Entry> ranked = new ArrayList<>();
  private boolean dirty;

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
    this.index = index;
    this.promotion = promotion;
    this.seed = seed;
    this.single = promotion.objectives().size() == 1;
  }

  void add(TrialOutcome outcome) {
    if (single) {
      Entry entry = new Entry(outcome, RungRanker.minimisationKey(outcome, promotion));
      ranked.add(upperBound(entry.key), entry);
    } else {
      arrivals.add(new Entry(outcome, Double.NaN));
      dirty = true;
    }
  }

  /** The best result in the top {@code floor(n / eta)} not yet promoted, marked promoted; or null. */
  TrialOutcome promote(int eta) {
    if (dirty) {
      ranked = ParetoRanking.rank(arrivals, e -> e.outcome.objectives().orElseThrow(),
          promotion.objectives(), promotion.tieBreak(), RungRanker.rungSeed(seed, 0, index));
      dirty = false;
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
