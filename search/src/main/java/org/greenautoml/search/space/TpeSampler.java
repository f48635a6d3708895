package org.greenautoml.search.space;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.greenautoml.search.pareto.NonDominatedSorting;

/**
 * A multi-objective tree-structured Parzen estimator (Bergstra et al. 2011, "Algorithms for
 * Hyper-Parameter Optimization"; multi-objective split as in Ozaki et al. 2020, "Multiobjective
 * Tree-Structured Parzen Estimator for Computationally Expensive Optimization Problems"), fitted
 * on one rung of a multi-fidelity search as in BOHB (Falkner et al. 2018): the highest rung with
 * at least {@link #minObservations} results.
 *
 * <p>The results of that rung are ordered by non-dominated rank, then by the first objective (the
 * accuracy in the engine), and the best {@value #GAMMA} of them (at least one) are the good ones
 * {@code l}, the rest the bad ones {@code g}. The choice of a {@link ConditionalSpace} (the model
 * family) is a categorical over its branches: across families, counts of good and bad results
 * with one pseudo-count each. Inside a branch (per family), each unit coordinate has a Parzen
 * estimator: the uniform prior with weight one plus a normal kernel, truncated to [0, 1], on each
 * good (or bad) result of that branch, with Scott's bandwidth clipped to [{@value #MIN_BANDWIDTH},
 * {@value #MAX_BANDWIDTH}]. {@value #CANDIDATES} candidates are drawn from {@code l} and the one
 * with the largest {@code l(x) / g(x)} is proposed. A share {@value #RANDOM_FRACTION} of the
 * proposals, and every proposal before a rung has enough results, is uniform (as BOHB keeps, so
 * that the model cannot lock the search out of a region).
 *
 * <p>Deterministic for its seed and the sequence of observations. Not thread-safe.
 *
 * @implNote O(c (n + b) d) per proposal for c candidates, n results of the rung, b branches and d
 *     coordinates of the largest branch, plus a non-dominated sort of the rung.
 */
final class TpeSampler implements Sampler {

  static final double GAMMA = 0.25;
  static final int CANDIDATES = 24;
  static final double RANDOM_FRACTION = 0.2;
  static final double MIN_BANDWIDTH = 0.05;
  static final double MAX_BANDWIDTH = 0.5;

  private final SearchSpace space;
  private final int[] branchDimensions;
  private final int offset;
  private final int minObservations;
  private final SplittableRandom random;
  private final Map<Integer, List<Point>> byRung = new TreeMap<>();

  /** One observation in the unit cube: its branch, its branch coordinates, its objectives. */
  private record Point(int branch, double[] unit, double[] minimised) {}

  /** The good and bad results of one rung. */
  private record Split(List<Point> good, List<Point> bad) {}

  TpeSampler(SearchSpace space, long seed) {
    this.space = space;
    if (space instanceof ConditionalSpace conditional) {
      this.branchDimensions = conditional.branches().values().stream()
          .mapToInt(ParameterSpace::dimensions).toArray();
      this.offset = 1;
    } else {
      this.branchDimensions = new int[] {space.dimensions()};
      this.offset = 0;
    }
    this.minObservations = Math.max(8, space.dimensions() + 2);
    this.random = new SplittableRandom(seed);
  }

  @Override
  public Optional<Configuration> next() {
    Optional<List<Point>> rung = modelRung();
    if (rung.isEmpty() || random.nextDouble() < RANDOM_FRACTION) {
      return Optional.of(space.fromUnit(uniform()));
    }
    Split split = split(rung.get());
    double[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < CANDIDATES; c++) {
      double[] candidate = draw(split.good());
      double score = logDensity(candidate, split.good()) - logDensity(candidate, split.bad());
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return Optional.of(space.fromUnit(best));
  }

  @Override
  public void observe(Observation observation) {
    double[] point = space.toUnit(observation.configuration());
    int branch = offset == 0 ? 0 : branchOf(point[0]);
    double[] unit = new double[branchDimensions[branch]];
    System.arraycopy(point, offset, unit, 0, unit.length);
    byRung.computeIfAbsent(observation.rung(), r -> new ArrayList<>())
        .add(new Point(branch, unit, observation.minimised()));
  }

  /** The highest rung with enough results to fit a model, if any. */
  private Optional<List<Point>> modelRung() {
    List<Point> chosen = null;
    for (List<Point> points : byRung.values()) {
      if (points.size() >= minObservations) {
        chosen = points;
      }
    }
    return Optional.ofNullable(chosen);
  }

  private static Split split(List<Point> points) {
    int[] ranks = NonDominatedSorting.ranks(points.stream().map(Point::minimised).toList());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> ranks[i])
        .thenComparingDouble(i -> points.get(i).minimised()[0]));
    int good = Math.max(1, (int) Math.ceil(GAMMA * points.size()));
    List<Point> sorted = order.stream().map(points::get).toList();
    return new Split(sorted.subList(0, good), sorted.subList(good, sorted.size()));
  }

  private double[] uniform() {
    double[] point = new double[space.dimensions()];
    for (int i = 0; i < point.length; i++) {
      point[i] = random.nextDouble();
    }
    return point;
  }

  /** A point drawn from the good density: a branch, then each coordinate from its mixture. */
  private double[] draw(List<Point> good) {
    double[] point = new double[space.dimensions()];
    java.util.Arrays.fill(point, 0.5);
    int branch = drawBranch(good);
    if (offset == 1) {
      point[0] = (branch + 0.5) / branchDimensions.length;
    }
    List<Point> members = ofBranch(good, branch);
    for (int d = 0; d < branchDimensions[branch]; d++) {
      int pick = random.nextInt(members.size() + 1);
      point[offset + d] = pick == members.size()
          ? random.nextDouble()
          : TruncatedNormal.sample(random, members.get(pick).unit()[d], bandwidth(members, d));
    }
    return point;
  }

  private int drawBranch(List<Point> good) {
    double[] weights = branchWeights(good);
    double u = random.nextDouble() * java.util.Arrays.stream(weights).sum();
    for (int b = 0; b < weights.length; b++) {
      u -= weights[b];
      if (u < 0) {
        return b;
      }
    }
    return weights.length - 1;
  }

  private double[] branchWeights(List<Point> points) {
    double[] weights = new double[branchDimensions.length];
    java.util.Arrays.fill(weights, 1.0);
    points.forEach(p -> weights[p.branch()] += 1);
    return weights;
  }

  /** The log density of a point under the mixture fitted to {@code points}. */
  private double logDensity(double[] point, List<Point> points) {
    int branch = offset == 0 ? 0 : branchOf(point[0]);
    double[] weights = branchWeights(points);
    double log = Math.log(weights[branch] / java.util.Arrays.stream(weights).sum());
    List<Point> members = ofBranch(points, branch);
    for (int d = 0; d < branchDimensions[branch]; d++) {
      double x = point[offset + d];
      double density = 1.0; // the uniform prior
      double sigma = bandwidth(members, d);
      for (Point member : members) {
        density += TruncatedNormal.density(x, member.unit()[d], sigma);
      }
      log += Math.log(density / (members.size() + 1));
    }
    return log;
  }

  /** Scott's rule on the members' coordinate {@code d}, clipped. */
  private static double bandwidth(List<Point> members, int d) {
    int n = members.size();
    if (n < 2) {
      return MAX_BANDWIDTH / 2;
    }
    double mean = members.stream().mapToDouble(p -> p.unit()[d]).average().orElse(0.5);
    double variance = members.stream()
        .mapToDouble(p -> (p.unit()[d] - mean) * (p.unit()[d] - mean)).sum() / (n - 1);
    double scott = 1.06 * Math.sqrt(variance) * Math.pow(n, -0.2);
    return Math.max(MIN_BANDWIDTH, Math.min(MAX_BANDWIDTH, scott));
  }

  private static List<Point> ofBranch(List<Point> points, int branch) {
    return points.stream().filter(p -> p.branch() == branch).toList();
  }

  private int branchOf(double unit) {
    return Math.min(branchDimensions.length - 1, (int) Math.floor(unit * branchDimensions.length));
  }
}
