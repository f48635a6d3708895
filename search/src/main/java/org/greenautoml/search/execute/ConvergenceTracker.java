package org.greenautoml.search.execute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;

/** Applies a {@link ConvergenceRule} to outcomes as they arrive. Not thread-safe. */
final class ConvergenceTracker {

  private static final double FIDELITY_TOLERANCE = 1e-9;

  private final ConvergenceRule rule;
  private final Function<Trial, String> familyOf;
  private final List<double[]> points = new ArrayList<>();
  private final Map<String, Double> bestAtLowest = new HashMap<>();
  private final Set<String> triedAtTop = new HashSet<>();
  private double lowestFidelity = Double.POSITIVE_INFINITY;
  private int sinceImprovement;
  private int sinceBestImproved;

  ConvergenceTracker(ConvergenceRule rule, Function<Trial, String> familyOf) {
    this.rule = rule;
    this.familyOf = familyOf;
  }

  void accept(TrialOutcome outcome) {
    String family = familyOf.apply(outcome.trial());
    double fidelity = outcome.trial().fidelity();
    boolean top = fidelity >= rule.topFidelity() - FIDELITY_TOLERANCE;
    if (top) {
      triedAtTop.add(family);
    }
    if (outcome.status() != TrialStatus.SUCCEEDED) {
      return;
    }
    double[] p = rule.objectives().toMinimisation(outcome.objectives().orElseThrow());
    rankFamily(family, fidelity, p[0]);
    if (!top) {
      return;
    }
    boolean improves = points.isEmpty() || !epsilonCovered(p);
    boolean improvesBest = points.isEmpty() || improvesFirst(p);
    points.add(p);
    sinceImprovement = improves ? 0 : sinceImprovement + 1;
    sinceBestImproved = improvesBest ? 0 : sinceBestImproved + 1;
  }

  boolean converged() {
    return stalled(sinceImprovement, rule.patience())
        || rule.bestPatience() > 0 && stalled(sinceBestImproved, rule.bestPatience());
  }

  private boolean stalled(int since, int patience) {
    return since >= patience && (bestFamiliesTriedAtTop() || since >= 2 * patience);
  }

  /** Whether p's first objective beats every earlier point's by more than epsilon of the spread. */
  private boolean improvesFirst(double[] p) {
    double best = Double.POSITIVE_INFINITY;
    for (double[] q : points) {
      best = Math.min(best, q[0]);
    }
    return p[0] < best - rule.relativeEpsilon() * scales(p)[0];
  }

  private void rankFamily(String family, double fidelity, double first) {
    if (fidelity < lowestFidelity - FIDELITY_TOLERANCE) {
      lowestFidelity = fidelity;
      bestAtLowest.clear();
    }
    if (Math.abs(fidelity - lowestFidelity) <= FIDELITY_TOLERANCE) {
      bestAtLowest.merge(family, first, Math::min);
    }
  }

  private boolean bestFamiliesTriedAtTop() {
    return bestAtLowest.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(rule.familiesAtTop())
        .allMatch(e -> triedAtTop.contains(e.getKey()));
  }

  private boolean epsilonCovered(double[] p) {
    double[] scale = scales(p);
    for (double[] q : points) {
      boolean covers = true;
      for (int i = 0; i < p.length && covers; i++) {
        covers = q[i] <= p[i] + rule.relativeEpsilon() * scale[i];
      }
      if (covers) {
        return true;
      }
    }
    return false;
  }

  private double[] scales(double[] p) {
    double[] scale = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double min = p[i];
      double max = p[i];
      for (double[] q : points) {
        min = Math.min(min, q[i]);
        max = Math.max(max, q[i]);
      }
      scale[i] = max > min ? max - min : Math.max(Math.abs(max), Double.MIN_NORMAL);
    }
    return scale;
  }
}
