package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Picks the first non-dominated front of a finished set of items, in one non-dominated sort (where
 * {@link ParetoFront} keeps a front incrementally as items arrive).
 */
public final class FrontSelection {

  private FrontSelection() {}

  /**
   * The items no other item dominates under {@code objectives}, in their order in {@code items}.
   *
   * @param items the candidates
   * @param objectives what each position of a vector means
   * @param vectorOf the objective vector of an item
   * @param <T> the item type
   * @return the first front; empty when {@code items} is
   */
  public static <T> List<T> firstFront(
      List<T> items, Objectives objectives, Function<T, ObjectiveVector> vectorOf) {
    requireNonNull(objectives, "objectives");
    requireNonNull(vectorOf, "vectorOf");
    if (items.isEmpty()) {
      return List.of();
    }
    List<double[]> points = new ArrayList<>(items.size());
    for (T item : items) {
      points.add(objectives.toMinimisation(vectorOf.apply(item)));
    }
    int[] first = NonDominatedSorting.fronts(points).get(0);
    java.util.Arrays.sort(first);
    List<T> front = new ArrayList<>(first.length);
    for (int index : first) {
      front.add(items.get(index));
    }
    return front;
  }
}
