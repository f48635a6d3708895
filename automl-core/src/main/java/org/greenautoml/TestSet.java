package org.greenautoml;

import static java.util.Objects.requireNonNull;

/**
 * The held-out table a result's front was scored on ({@link SearchResult#scoredOn}), as its
 * provenance records it.
 *
 * @param name the table's name (its file name)
 * @param fingerprint a stable hash of its contents, as {@code TabularData.fingerprint()} gives
 * @param rows its row count, at least 1
 */
public record TestSet(String name, String fingerprint, int rows) {

  /** Validates the parts. */
  public TestSet {
    requireNonNull(name, "name");
    requireNonNull(fingerprint, "fingerprint");
    if (rows < 1) {
      throw new IllegalArgumentException("test rows must be at least 1, found " + rows);
    }
  }
}
