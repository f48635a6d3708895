package org.greenautoml.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded point sets for the Pareto benchmarks. */
final class ParetoBenchmarkData {

  private ParetoBenchmarkData() {}

  /** Points uniform in the unit cube: many fronts, the usual non-dominated sorting workload. */
  static List<double[]> uniformCube(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<double[]> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] p = new double[m];
      for (int k = 0; k < m; k++) {
        p[k] = random.nextDouble();
      }
      points.add(p);
    }
    return points;
  }

  /**
   * Points uniform on the simplex (a linear front) pushed back by up to 0.05 in each coordinate:
   * a large first front, the hypervolume workload of a search near convergence.
   */
  static List<double[]> nearLinearFront(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<double[]> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] p = new double[m];
      double sum = 0;
      for (int k = 0; k < m; k++) {
        p[k] = -Math.log(1 - random.nextDouble());
        sum += p[k];
      }
      for (int k = 0; k < m; k++) {
        p[k] = p[k] / sum + 0.05 * random.nextDouble();
      }
      points.add(p);
    }
    return points;
  }
}
