package org.greenautoml.search.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random point sets for the property tests: uniform, integer grid, collinear, repeats. */
final class PointGenerators {

  /** The kinds of point set the property tests draw. */
  enum Kind {
    UNIFORM,
    /** Integer coordinates in a small range: many ties and exact duplicates. */
    INTEGER_GRID,
    /** Points on the plane sum(x) = 1 (a linear front) mixed with points on the diagonal. */
    COLLINEAR,
    /** Uniform points, a third of them repeated. */
    WITH_DUPLICATES
  }

  private PointGenerators() {}

  static List<double[]> generate(Kind kind, int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<double[]> points = new ArrayList<>(n);
    int gridSize = 2 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      double[] p = new double[m];
      switch (kind) {
        case UNIFORM -> fillUniform(p, random);
        case INTEGER_GRID -> {
          for (int k = 0; k < m; k++) {
            p[k] = random.nextInt(gridSize);
          }
        }
        case COLLINEAR -> collinear(p, random);
        case WITH_DUPLICATES -> {
          if (i > 0 && random.nextInt(3) == 0) {
            p = points.get(random.nextInt(i)).clone();
          } else {
            fillUniform(p, random);
          }
        }
      }
      points.add(p);
    }
    return points;
  }

  private static void fillUniform(double[] p, SplittableRandom random) {
    for (int k = 0; k < p.length; k++) {
      p[k] = random.nextDouble();
    }
  }

  private static void collinear(double[] p, SplittableRandom random) {
    if (random.nextBoolean()) {
      double t = random.nextInt(50) / 50.0;
      for (int k = 0; k < p.length; k++) {
        p[k] = t; // the diagonal: a chain of fronts
      }
      return;
    }
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      p[k] = random.nextInt(20) + 1;
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum; // on the plane sum = 1: mutually non-dominated
    }
  }
}
