package org.greenautoml.search.execute;

import java.util.ArrayList;
import java.util.List;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;

/** Applies a {@link ConvergenceRule} to outcomes as they arrive. Not thread-safe. */
final class ConvergenceTracker {

  private static final double FIDELITY_TOLERANCE = 1e-9;

  private final ConvergenceRule rule;
  private final List<double[]> points = new ArrayList<>();
  private int sinceImprovement;

  ConvergenceTracker(ConvergenceRule rule) {
    this.rule = rule;
  }

  void accept(TrialOutcome outcome) {
    if (outcome.status() != TrialStatus.SUCCEEDED
        || outcome.trial().fidelity() < rule.topFidelity() - FIDELITY_TOLERANCE) {
      return;
    }
    double[] p = rule.objectives().toMinimisation(outcome.objectives().orElseThrow());
    boolean improves = points.isEmpty() || !epsilonCovered(p);
    points.add(p);
    sinceImprovement = improves ? 0 : sinceImprovement + 1;
  }

  boolean converged() {
    return sinceImprovement >= rule.patience();
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
