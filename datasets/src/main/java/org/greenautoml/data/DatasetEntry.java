package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One line of a dataset {@code MANIFEST.tsv}: where the file is and what it is expected to hold.
 *
 * @param name the dataset name used to look it up
 * @param file the data file, resolved against the manifest's folder
 * @param rows expected number of data rows
 * @param features expected number of feature columns (target excluded)
 * @param classes expected number of distinct class labels
 * @param targetColumn name of the target column
 * @param hasMissing whether the file has missing cells
 * @param categoricalFeatures how many features the source declares nominal (informative; the
 *     reader infers types from the cells)
 * @param source where the file was converted from
 * @param reference the original reference of the data
 * @param license the licence where the source states one
 * @param sha256 the lower-case hex SHA-256 of the file as stored
 */
public record DatasetEntry(
    String name,
    Path file,
    int rows,
    int features,
    int classes,
    String targetColumn,
    boolean hasMissing,
    int categoricalFeatures,
    String source,
    String reference,
    String license,
    String sha256) {

  /** Validates the entry. */
  public DatasetEntry {
    requireNonNull(name, "name");
    requireNonNull(file, "file");
    requireNonNull(targetColumn, "targetColumn");
    requireNonNull(source, "source");
    requireNonNull(reference, "reference");
    requireNonNull(license, "license");
    requireNonNull(sha256, "sha256");
    if (rows < 1 || features < 1 || classes < 2 || categoricalFeatures < 0) {
      throw new IllegalArgumentException(
          "rows and features must be >= 1, classes >= 2 and categoricalFeatures >= 0, found rows="
              + rows + ", features=" + features + ", classes=" + classes
              + ", categoricalFeatures=" + categoricalFeatures + " for '" + name + "'");
    }
  }
}
