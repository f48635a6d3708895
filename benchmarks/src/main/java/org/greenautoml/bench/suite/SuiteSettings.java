package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a comparison run covers.
 *
 * @param manifest the datasets' {@code MANIFEST.tsv}
 * @param datasets manifest names, at least one
 * @param seeds seeds of the train/test split and of every search, at least one
 * @param methods the methods, at least one; grid search must be among them for the target figure
 * @param budgetKgCO2e the carbon budget of every method on every dataset, positive
 * @param workers trials each search runs at once, at least 1
 * @param timeLimit a safety limit on the wall time of one search
 * @param testFraction the fraction of rows held out for testing, in (0, 0.5]
 */
public record SuiteSettings(
    Path manifest,
    List<String> datasets,
    List<Long> seeds,
    List<Method> methods,
    double budgetKgCO2e,
    int workers,
    Duration timeLimit,
    double testFraction) {

  /** The datasets of issue 10, from small to large. */
  public static final List<String> DEFAULT_DATASETS =
      List.of("credit-g", "phoneme", "kr-vs-kp", "electricity", "magic-telescope", "adult",
          "bank-marketing", "letter");

  /** Checks every setting. */
  public SuiteSettings {
    requireNonNull(manifest, "manifest");
    datasets = List.copyOf(datasets);
    seeds = List.copyOf(seeds);
    methods = List.copyOf(methods);
    requireNonNull(timeLimit, "timeLimit");
    if (datasets.isEmpty() || seeds.isEmpty() || methods.isEmpty()) {
      throw new IllegalArgumentException(
          "datasets, seeds and methods must not be empty, found " + datasets + ", " + seeds
              + ", " + methods);
    }
    if (!(budgetKgCO2e > 0) || Double.isInfinite(budgetKgCO2e)) {
      throw new IllegalArgumentException(
          "the budget must be a positive, finite number of kg CO2e, found " + budgetKgCO2e);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, found " + workers);
    }
    if (!(testFraction > 0 && testFraction <= 0.5)) {
      throw new IllegalArgumentException("the test fraction must be in (0, 0.5], found " + testFraction);
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, found " + timeLimit);
    }
  }
}
