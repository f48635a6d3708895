package org.greenautoml.select;

import java.util.Comparator;
import java.util.List;

/**
 * The knee of a set of trials in (validation error, log10 training kWh) space, each axis min-max
 * normalised to [0, 1] over the set (an axis with no spread is 0 everywhere). Training energy at or
 * below zero counts as the smallest positive training energy in the set.
 *
 * <p>The line runs from the most accurate trial to the cheapest; the knee is the trial with the
 * largest signed distance to that line on the side of the ideal point (0, 0), the "maximum
 * distance to the line through the extremes" of Das (1999) and Deb and Gupta (2011). Ties go to
 * higher accuracy, then lower training kWh, then lower id. Consequences: one trial is its own knee;
 * with two, both lie on the line and the more accurate is chosen; a trial that is both the most
 * accurate and the cheapest is the knee; when no trial lies on the ideal side, the more accurate
 * extreme is chosen. O(n).
 */
final class KneePoint {

  /** Accuracy descending, then training kWh ascending, then id ascending. */
  static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingDouble(Candidate::validationAccuracy).reversed()
          .thenComparingDouble(Candidate::trainingKWh)
          .thenComparingInt(Candidate::id);

  private final List<Candidate> trials;
  private final double[] error;
  private final double[] cost;

  KneePoint(List<Candidate> trials) {
    this.trials = trials;
    int n = trials.size();
    double floor = trials.stream().mapToDouble(Candidate::trainingKWh).filter(k -> k > 0).min()
        .orElse(1.0);
    error = new double[n];
    cost = new double[n];
    for (int i = 0; i < n; i++) {
      error[i] = 1 - trials.get(i).validationAccuracy();
      cost[i] = Math.log10(Math.max(trials.get(i).trainingKWh(), floor));
    }
    normalise(error);
    normalise(cost);
  }

  /** Index of the most accurate trial (the error extreme). */
  int mostAccurate() {
    int best = 0;
    for (int i = 1; i < trials.size(); i++) {
      if (PREFERENCE.compare(trials.get(i), trials.get(best)) < 0) {
        best = i;
      }
    }
    return best;
  }

  /** Index of the cheapest trial (the energy extreme); ties to higher accuracy, then lower id. */
  int cheapest() {
    int best = 0;
    for (int i = 1; i < trials.size(); i++) {
      int c = Double.compare(cost[i], cost[best]);
      if (c < 0 || (c == 0 && PREFERENCE.compare(trials.get(i), trials.get(best)) < 0)) {
        best = i;
      }
    }
    return best;
  }

  /** Signed normalised distance of trial {@code i} to the line a-b, positive on the ideal side. */
  double distance(int i, int a, int b) {
    double dx = error[b] - error[a];
    double dy = cost[b] - cost[a];
    double length = Math.hypot(dx, dy);
    if (length == 0) {
      return 0;
    }
    double side = Math.signum(dx * (0 - cost[a]) - dy * (0 - error[a]));
    return side * (dx * (cost[i] - cost[a]) - dy * (error[i] - error[a])) / length;
  }

  /** Index of the knee. */
  int knee() {
    int a = mostAccurate();
    int b = cheapest();
    int best = a;
    double bestDistance = distance(a, a, b);
    for (int i = 0; i < trials.size(); i++) {
      double d = distance(i, a, b);
      if (d > bestDistance
          || (d == bestDistance && PREFERENCE.compare(trials.get(i), trials.get(best)) < 0)) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  private static void normalise(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max - min;
    for (int i = 0; i < values.length; i++) {
      values[i] = range > 0 ? (values[i] - min) / range : 0;
    }
  }
}
