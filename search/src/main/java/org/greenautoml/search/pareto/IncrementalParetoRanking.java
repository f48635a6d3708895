package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The ranking of {@link ParetoRanking#rank} kept up to date as items arrive one at a time, for a
 * rung of asynchronous successive halving (MO-ASHA: Schmucker et al., "Multi-objective
 * asynchronous successive halving", 2021) that asks for its best unpromoted item after every
 * arrival. Items are numbered in arrival order; at any time the ranking of items {@code 0..n-1}
 * is exactly {@code ParetoRanking.rank} of them in that order with the same objectives,
 * tie-break and seed. Not thread-safe.
 *
 * <p>The fronts are kept incrementally ({@link NonDominatedFronts}, after Li et al. 2014, ENLU);
 * a front's tie-break order (crowding distance, or an epsilon-net seeded with the front's own
 * stream) is computed only when asked for and cached until the front's membership changes.
 *
 * @implNote {@link #add}: see {@link NonDominatedFronts}. {@link #takeBest}: O(F) to walk past
 *     fronts whose members are all taken, plus the tie-break of at most one front whose order is
 *     stale (O(m f log f) for crowding distance, O(m f²) for an epsilon-net of f points).
 */
public final class IncrementalParetoRanking {

  private final Objectives objectives;
  private final TieBreak tieBreak;
  private final NonDominatedFronts fronts;
  private final SplittableRandom seeds;
  private long[] frontSeeds = new long[0];
  private final List<int[]> orders = new ArrayList<>();
  private int[] orderVersions = new int[0];

  /**
   * An empty ranking.
   *
   * @param seed seeds the epsilon-net as {@link ParetoRanking#rank} does
   */
  public IncrementalParetoRanking(Objectives objectives, TieBreak tieBreak, long seed) {
    this.objectives = requireNonNull(objectives, "objectives");
    this.tieBreak = requireNonNull(tieBreak, "tieBreak");
    this.fronts = new NonDominatedFronts(objectives.size());
    this.seeds = new SplittableRandom(seed);
  }

  /**
   * Adds an item.
   *
   * @return its index: the number of items added before it
   * @throws IllegalArgumentException if the vector does not fit the objectives
   */
  public int add(ObjectiveVector vector) {
    fronts.add(objectives.toMinimisation(requireNonNull(vector, "vector")));
    return fronts.size() - 1;
  }

  /** The number of items added. */
  public int size() {
    return fronts.size();
  }

  /** Whether item {@code i} was taken by {@link #takeBest}. */
  public boolean isTaken(int i) {
    return fronts.isMarked(i);
  }

  /**
   * The best-ranked item not yet taken, if it is among the first {@code limit} of the ranking;
   * it is then marked taken.
   *
   * @param limit how many of the best ranks to look at; {@code >= 0}
   */
  public OptionalInt takeBest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, found " + limit);
    }
    int offset = 0;
    for (int j = 0; j < fronts.frontCount() && offset < limit; j++) {
      NonDominatedFronts.Front front = fronts.front(j);
      if (front.unmarked() > 0) {
        int[] order = order(j);
        for (int pos = 0; pos < order.length; pos++) {
          if (!fronts.isMarked(order[pos])) {
            if (offset + pos >= limit) {
              return OptionalInt.empty();
            }
            fronts.mark(order[pos], j);
            return OptionalInt.of(order[pos]);
          }
        }
      }
      offset += front.size();
    }
    return OptionalInt.empty();
  }

  /**
   * Marks item {@code i} taken, as {@link #takeBest} would had it reached it; O(n) to find its
   * front.
   *
   * @throws IllegalArgumentException if it is taken already
   */
  public void take(int i) {
    for (int j = 0; j < fronts.frontCount(); j++) {
      NonDominatedFronts.Front front = fronts.front(j);
      for (int k = 0; k < front.size(); k++) {
        if (front.member(k) == i) {
          fronts.mark(i, j);
          return;
        }
      }
    }
    throw new IllegalArgumentException("item " + i + " was never added");
  }

  /** The item indices, best first: what {@code ParetoRanking.rank} gives for them now. */
  public int[] ranking() {
    int[] out = new int[size()];
    int filled = 0;
    for (int j = 0; j < fronts.frontCount(); j++) {
      int[] order = order(j);
      System.arraycopy(order, 0, out, filled, order.length);
      filled += order.length;
    }
    return out;
  }

  /** Front {@code j}'s item indices in tie-break order, cached until the front changes. */
  private int[] order(int j) {
    NonDominatedFronts.Front front = fronts.front(j);
    growCaches(j + 1);
    int[] cached = orders.get(j);
    if (cached != null && orderVersions[j] == front.version()) {
      return cached;
    }
    int[] order = new int[front.size()];
    if (objectives.size() == 1) {
      for (int i = 0; i < order.length; i++) {
        order[i] = front.member(i); // one objective: a stable sort, so equal values by index
      }
    } else {
      List<double[]> members = new ArrayList<>(front.size());
      for (int i = 0; i < front.size(); i++) {
        members.add(fronts.point(front.member(i)));
      }
      int[] inside = ParetoRanking.orderFront(members, tieBreak, frontSeeds[j]);
      for (int i = 0; i < order.length; i++) {
        order[i] = front.member(inside[i]);
      }
    }
    orders.set(j, order);
    orderVersions[j] = front.version();
    return order;
  }

  private void growCaches(int frontCount) {
    if (frontSeeds.length < frontCount) {
      int old = frontSeeds.length;
      int capacity = Math.max(frontCount, 2 * old);
      frontSeeds = Arrays.copyOf(frontSeeds, capacity);
      for (int j = old; j < capacity; j++) {
        frontSeeds[j] = seeds.nextLong();
      }
      orderVersions = Arrays.copyOf(orderVersions, capacity);
    }
    while (orders.size() < frontCount) {
      orders.add(null);
    }
  }
}
