package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Orders items best first on several objectives, as a multi-objective successive-halving
 * scheduler promotes the top of a rung (Schmucker et al., "Multi-objective asynchronous successive
 * halving", 2021): by non-dominated front ({@link NonDominatedSorting}), then inside a front by a
 * {@link TieBreak}. With one objective it is a plain stable sort. Stateless and thread-safe;
 * deterministic for a seed.
 *
 * @implNote O(n log n) for one or two objectives plus the tie-break (O(m n log n) for crowding
 *     distance, O(m f²) for an epsilon-net over a front of f points); see {@link
 *     NonDominatedSorting} for more objectives.
 */
public final class ParetoRanking {

  private ParetoRanking() {}

  /**
   * The items, best first.
   *
   * @param items the items to rank; none null
   * @param objectivesOf the objective vector of an item, in the order of {@code objectives}
   * @param objectives what each position of a vector means
   * @param tieBreak how to order the members of one front
   * @param seed seeds the epsilon-net (each front gets its own stream split from it)
   * @return a new unmodifiable list: fronts best first, each ordered by the tie-break
   */
  public static <T> List<T> rank(
      List<T> items,
      Function<T, ObjectiveVector> objectivesOf,
      Objectives objectives,
      TieBreak tieBreak,
      long seed) {
    requireNonNull(items, "items");
    requireNonNull(objectivesOf, "objectivesOf");
    requireNonNull(objectives, "objectives");
    requireNonNull(tieBreak, "tieBreak");
    List<double[]> points = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        throw new IllegalArgumentException("items[" + i + "] must not be null");
      }
      ObjectiveVector v = objectivesOf.apply(item);
      if (v == null) {
        throw new IllegalArgumentException("objectivesOf(items[" + i + "]) must not be null");
      }
      points.add(objectives.toMinimisation(v));
    }
    int[] order = objectives.size() == 1 ? singleObjective(points) : byFronts(points, tieBreak, seed);
    List<T> ranked = new ArrayList<>(order.length);
    for (int i : order) {
      ranked.add(items.get(i));
    }
    return Collections.unmodifiableList(ranked);
  }

  private static int[] singleObjective(List<double[]> points) {
    return IndexSort.sort(points.size(), (a, b) -> Double.compare(points.get(a)[0], points.get(b)[0]));
  }

  private static int[] byFronts(List<double[]> points, TieBreak tieBreak, long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    int[] order = new int[points.size()];
    int filled = 0;
    for (int[] front : NonDominatedSorting.fronts(points)) {
      long frontSeed = seeds.nextLong();
      List<double[]> members = new ArrayList<>(front.length);
      for (int i : front) {
        members.add(points.get(i));
      }
      for (int i : orderFront(members, tieBreak, frontSeed)) {
        order[filled++] = front[i];
      }
    }
    return order;
  }

  /**
   * The order of one front's members by the tie-break: positions into {@code members}, best
   * first. {@link IncrementalParetoRanking} calls it too, so both rank a front identically.
   *
   * @param members the front's points, in ascending index order (as {@link
   *     NonDominatedSorting#fronts} lists them)
   * @param frontSeed the front's own seed: the j-th {@code nextLong()} of {@code new
   *     SplittableRandom(seed)} for front j
   */
  static int[] orderFront(List<double[]> members, TieBreak tieBreak, long frontSeed) {
    return switch (tieBreak) {
      case CROWDING_DISTANCE -> byDescendingCrowding(members);
      case EPSILON_NET -> EpsilonNet.order(members, frontSeed);
    };
  }

  private static int[] byDescendingCrowding(List<double[]> members) {
    double[] crowding = CrowdingDistance.of(members);
    double[] negated = Arrays.stream(crowding).map(d -> -d).toArray();
    return IndexSort.byKey(negated);
  }
}
