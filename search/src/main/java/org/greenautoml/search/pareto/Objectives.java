package org.greenautoml.search.pareto;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered, immutable list of objectives with unique names: the meaning of each position of an
 * {@link ObjectiveVector}. It converts vectors to minimisation form and decides Pareto dominance.
 * Thread-safe.
 */
public final class Objectives {

  private final List<Objective> objectives;

  private Objectives(List<Objective> objectives) {
    this.objectives = objectives;
  }

  /** The given objectives, in order; at least one, names unique. */
  public static Objectives of(Objective... objectives) {
    requireNonNull(objectives, "objectives");
    List<Objective> list = List.of(objectives); // rejects null elements
    if (list.isEmpty()) {
      throw new IllegalArgumentException("objectives must hold at least one objective, found 0");
    }
    Set<String> names = new HashSet<>();
    for (Objective objective : list) {
      if (!names.add(objective.name())) {
        throw new IllegalArgumentException(
            "objective names must be unique, found '" + objective.name() + "' twice");
      }
    }
    return new Objectives(list);
  }

  /** The objectives, in order (unmodifiable). */
  public List<Objective> list() {
    return objectives;
  }

  /** The number of objectives. */
  public int size() {
    return objectives.size();
  }

  /**
   * The vector in minimisation form: maximised objectives negated, log-scaled objectives replaced
   * by {@code log10(value)} first (so {@code -log10(value)} for a maximised one). Negative zero is
   * written as zero.
   *
   * @throws IllegalArgumentException if the vector has the wrong size, or a log-scaled value is
   *     not positive
   */
  public double[] toMinimisation(ObjectiveVector v) {
    checkSize(v, "v");
    double[] out = new double[objectives.size()];
    for (int i = 0; i < out.length; i++) {
      Objective objective = objectives.get(i);
      double x = v.get(i);
      if (objective.logScale()) {
        if (!(x > 0)) {
          throw new IllegalArgumentException(
              "objective '" + objective.name() + "' is on a log scale, so its value must be > 0,"
                  + " found " + x);
        }
        x = Math.log10(x);
      }
      out[i] = (objective.direction() == Direction.MAXIMIZE ? -x : x) + 0.0;
    }
    return out;
  }

  /**
   * Whether {@code a} Pareto-dominates {@code b}: at least as good on every objective and strictly
   * better on one. Equal vectors do not dominate each other.
   */
  public boolean dominates(ObjectiveVector a, ObjectiveVector b) {
    checkSize(a, "a");
    checkSize(b, "b");
    boolean strictly = false;
    for (int i = 0; i < objectives.size(); i++) {
      double sign = objectives.get(i).direction() == Direction.MAXIMIZE ? -1 : 1;
      double x = sign * a.get(i);
      double y = sign * b.get(i);
      if (x > y) {
        return false;
      }
      strictly |= x < y;
    }
    return strictly;
  }

  private void checkSize(ObjectiveVector v, String what) {
    requireNonNull(v, what);
    if (v.size() != objectives.size()) {
      throw new IllegalArgumentException(
          what + " must have " + objectives.size() + " values (one per objective "
              + names() + "), found " + v.size());
    }
  }

  private List<String> names() {
    return objectives.stream().map(Objective::name).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Objectives that && objectives.equals(that.objectives);
  }

  @Override
  public int hashCode() {
    return objectives.hashCode();
  }

  @Override
  public String toString() {
    return "Objectives" + objectives;
  }
}
