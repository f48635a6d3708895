package org.greenautoml.search.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
  private final List<TrialOutcome> arrivals = new ArrayList<>();
  private final List<Double> keys = new ArrayList<>();
  private List<TrialOutcome> ranked = new ArrayList<>();
  private final Set<Integer> promoted = new HashSet<>();
  private boolean dirty;

  AshaRung(int index, Promotion promotion, long seed) {
    this.index = index;
    this.promotion = promotion;
    this.seed = seed;
    this.single = promotion.objectives().size() == 1;
  }

  void add(TrialOutcome outcome) {
    if (single) {
      double key = RungRanker.minimisationKey(outcome, promotion);
      int at = upperBound(key);
      keys.add(at, key);
      ranked.add(at, outcome);
    } else {
      arrivals.add(outcome);
      dirty = true;
    }
  }

  /** The best result in the top {@code floor(n / eta)} not yet promoted, marked promoted; or null. */
  TrialOutcome promote(int eta) {
    if (dirty) {
      ranked = RungRanker.rank(arrivals, promotion, RungRanker.rungSeed(seed, 0, index));
      dirty = false;
    }
    int top = ranked.size() / eta;
    for (int i = 0; i < top; i++) {
      TrialOutcome candidate = ranked.get(i);
      if (promoted.add(candidate.trial().id())) {
        return candidate;
      }
    }
    return null;
  }

  private int upperBound(double key) {
    int lo = 0;
    int hi = keys.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(keys.get(mid), key) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
