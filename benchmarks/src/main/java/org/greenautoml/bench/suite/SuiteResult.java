package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything a comparison run measured.
 *
 * @param settings what was run
 * @param figures one entry per dataset, seed and method, in run order
 * @param wallSeconds the whole run's wall time, data loading and test scoring included
 */
public record SuiteResult(SuiteSettings settings, List<RunFigures> figures, double wallSeconds) {

  /** Checks and copies the parts. */
  public SuiteResult {
    requireNonNull(settings, "settings");
    figures = List.copyOf(figures);
  }

  /** The figures of one dataset and method, over seeds. */
  public List<RunFigures> of(String dataset, Method method) {
    return figures.stream()
        .filter(f -> f.run().dataset().equals(dataset) && f.run().method() == method)
        .toList();
  }
}
