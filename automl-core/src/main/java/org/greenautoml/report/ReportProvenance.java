package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * Where a run's results come from: the data, the seed, the software, the machine and the time, in
 * the spirit of Tribuo's {@code ModelProvenance}. A run can be repeated from these fields.
 *
 * @param seed the search's seed
 * @param datasetName the dataset's name (usually its file name)
 * @param dataFingerprint a digest of the data, for example {@code "sha256:..."}
 * @param rows the number of rows read, at least 1
 * @param features the number of feature columns, at least 1
 * @param classes the number of target classes, at least 2
 * @param greenautomlVersion the GreenAutoML version
 * @param tribuoVersion the Tribuo version
 * @param javaVersion the JVM's version
 * @param osName the operating system
 * @param startedAt when the search started
 * @param finishedAt when it finished, not before {@code startedAt}
 * @param schedulerName the scheduler, for example {@code "asha"}
 * @param objectives the objectives in ranking order, not empty
 */
public record ReportProvenance(
    long seed,
    String datasetName,
    String dataFingerprint,
    int rows,
    int features,
    int classes,
    String greenautomlVersion,
    String tribuoVersion,
    String javaVersion,
    String osName,
    Instant startedAt,
    Instant finishedAt,
    String schedulerName,
    List<String> objectives) {

  /** Validates every field and copies the objectives. */
  public ReportProvenance {
    Checks.nonBlank(datasetName, "dataset name");
    Checks.text(dataFingerprint, "data fingerprint");
    Checks.atLeast(rows, 1, "rows");
    Checks.atLeast(features, 1, "features");
    Checks.atLeast(classes, 2, "classes");
    Checks.text(greenautomlVersion, "GreenAutoML version");
    Checks.text(tribuoVersion, "Tribuo version");
    Checks.text(javaVersion, "Java version");
    Checks.text(osName, "OS name");
    requireNonNull(startedAt, "start time must not be null");
    requireNonNull(finishedAt, "finish time must not be null");
    if (finishedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(
          "finish time must not be before start time " + startedAt + ", found " + finishedAt);
    }
    Checks.nonBlank(schedulerName, "scheduler name");
    objectives = List.copyOf(requireNonNull(objectives, "objectives must not be null"));
    if (objectives.isEmpty()) {
      throw new IllegalArgumentException("objectives must not be empty, found []");
    }
    objectives.forEach(o -> Checks.nonBlank(o, "objective"));
  }
}
