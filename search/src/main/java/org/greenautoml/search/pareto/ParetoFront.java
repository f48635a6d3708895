package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * An archive that keeps only the non-dominated items seen so far (Pareto dominance under an
 * {@link Objectives}). Adding an item that some member dominates leaves the front unchanged;
 * adding one that is not dominated removes the members it dominates. Items with equal objective
 * vectors do not dominate each other, so all of them stay. Members keep their insertion order.
 * Not thread-safe; the {@link #collector} is safe for parallel streams (it merges fronts).
 *
 * @param <T> the item type
 * @implNote {@link #add} is O(m f) for a front of f members of m objectives.
 */
public final class ParetoFront<T> {

  private final Objectives objectives;
  private final Function<T, ObjectiveVector> objectivesOf;
  private final List<T> members = new ArrayList<>();
  private final List<double[]> points = new ArrayList<>();

  /**
   * An empty front.
   *
   * @param objectives what each position of a vector means
   * @param objectivesOf the objective vector of an item
   */
  public ParetoFront(Objectives objectives, Function<T, ObjectiveVector> objectivesOf) {
    this.objectives = requireNonNull(objectives, "objectives");
    this.objectivesOf = requireNonNull(objectivesOf, "objectivesOf");
  }

  /** A collector into a new front. */
  public static <T> Collector<T, ?, ParetoFront<T>> collector(
      Objectives objectives, Function<T, ObjectiveVector> objectivesOf) {
    requireNonNull(objectives, "objectives");
    requireNonNull(objectivesOf, "objectivesOf");
    return Collector.of(
        () -> new ParetoFront<>(objectives, objectivesOf),
        ParetoFront::add,
        (a, b) -> {
          a.addAll(b.members);
          return a;
        });
  }

  /**
   * Offers an item.
   *
   * @return whether the item joined the front (no member dominates it)
   */
  public boolean add(T item) {
    requireNonNull(item, "item");
    ObjectiveVector v = requireNonNull(objectivesOf.apply(item), "objectivesOf(item)");
    double[] p = objectives.toMinimisation(v);
    for (double[] q : points) {
      if (Dominance.dominates(q, p)) {
        return false;
      }
    }
    for (int i = points.size() - 1; i >= 0; i--) {
      if (Dominance.dominates(p, points.get(i))) {
        points.remove(i);
        members.remove(i);
      }
    }
    points.add(p);
    members.add(item);
    return true;
  }

  /** Offers each item in order. */
  public void addAll(Iterable<? extends T> items) {
    requireNonNull(items, "items");
    for (T item : items) {
      add(item);
    }
  }

  /** The members, in insertion order (an unmodifiable copy). */
  public List<T> members() {
    return Collections.unmodifiableList(new ArrayList<>(members));
  }

  /** The members' points in minimisation form, in the order of {@link #members} (copies). */
  public List<double[]> minimisationPoints() {
    List<double[]> copy = new ArrayList<>(points.size());
    for (double[] p : points) {
      copy.add(p.clone());
    }
    return copy;
  }

  /** The number of members. */
  public int size() {
    return members.size();
  }

  /** Whether the front has no member. */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** The objectives this front compares on. */
  public Objectives objectives() {
    return objectives;
  }
}
