package org.greenautoml.search.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import org.greenautoml.search.space.Configuration;

/**
 * How well each candidate configuration did on each dataset: holdout accuracy and training CPU
 * seconds, {@code NaN} where the candidate failed or does not apply. Immutable and thread-safe.
 *
 * <p>{@link #normalised(int, int)} rescales one dataset's column to [0, 1] (worst to best finite
 * accuracy of the column), so that datasets weigh alike in {@link GreedyPortfolio}.
 */
public final class PerformanceMatrix {

  private final List<Configuration> candidates;
  private final List<String> datasets;
  private final double[][] accuracy;
  private final double[][] cpuSeconds;

  private PerformanceMatrix(List<Configuration> candidates, List<String> datasets,
      double[][] accuracy, double[][] cpuSeconds) {
    this.candidates = candidates;
    this.datasets = datasets;
    this.accuracy = accuracy;
    this.cpuSeconds = cpuSeconds;
  }

  /**
   * A matrix; {@code accuracy[c][d]} and {@code cpuSeconds[c][d]} belong to candidate {@code c} on
   * dataset {@code d}. The arrays are copied.
   *
   * @throws IllegalArgumentException if the shapes disagree, names repeat, an accuracy leaves [0,
   *     1] or a CPU time is negative
   */
  public static PerformanceMatrix of(List<Configuration> candidates, List<String> datasets,
      double[][] accuracy, double[][] cpuSeconds) {
    List<Configuration> c = List.copyOf(requireNonNull(candidates, "candidates"));
    List<String> d = List.copyOf(requireNonNull(datasets, "datasets"));
    if (new HashSet<>(d).size() != d.size() || new HashSet<>(c).size() != c.size()) {
      throw new IllegalArgumentException(
          "datasets and candidates must be distinct, found " + d + " and " + c.size()
              + " candidates with repeats");
    }
    return new PerformanceMatrix(c, d, copy(accuracy, c.size(), d.size(), 1.0, "accuracy"),
        copy(cpuSeconds, c.size(), d.size(), Double.MAX_VALUE, "cpu seconds"));
  }

  /** The candidates, in matrix order. */
  public List<Configuration> candidates() {
    return candidates;
  }

  /** The datasets' names, in matrix order. */
  public List<String> datasets() {
    return datasets;
  }

  /** Holdout accuracy of candidate {@code c} on dataset {@code d}; {@code NaN} if it failed. */
  public double accuracy(int c, int d) {
    return accuracy[c][d];
  }

  /** Training CPU seconds of candidate {@code c} on dataset {@code d}; {@code NaN} if it failed. */
  public double cpuSeconds(int c, int d) {
    return cpuSeconds[c][d];
  }

  /**
   * Candidate {@code c}'s accuracy on dataset {@code d} rescaled over the column's finite
   * accuracies: 0 for the worst (and for a failure), 1 for the best; 1 when all tie.
   */
  public double normalised(int c, int d) {
    double value = accuracy[c][d];
    if (Double.isNaN(value)) {
      return 0;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : accuracy) {
      if (!Double.isNaN(row[d])) {
        min = Math.min(min, row[d]);
        max = Math.max(max, row[d]);
      }
    }
    return max > min ? (value - min) / (max - min) : 1;
  }

  private static double[][] copy(double[][] values, int rows, int columns, double max,
      String what) {
    requireNonNull(values, what);
    if (values.length != rows) {
      throw new IllegalArgumentException(
          what + " must have one row per candidate (" + rows + "), found " + values.length);
    }
    double[][] copy = new double[rows][];
    for (int c = 0; c < rows; c++) {
      if (values[c].length != columns) {
        throw new IllegalArgumentException(what + " row " + c + " must have one value per dataset ("
            + columns + "), found " + values[c].length);
      }
      for (double v : values[c]) {
        if (!Double.isNaN(v) && !(v >= 0 && v <= max)) {
          throw new IllegalArgumentException(
              what + " must be NaN or in [0, " + max + "], found " + v + " in row " + c);
        }
      }
      copy[c] = values[c].clone();
    }
    return copy;
  }
}
