package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Name, type and missing-value count of one feature column as read from a file.
 *
 * @param name the column name from the header, exactly as written
 * @param type how the column is stored
 * @param categories the category strings, exactly as written, in code order (sorted for CSV, the
 *     declared order for ARFF nominal attributes); empty for numeric columns
 * @param missingCount how many cells of the column were missing
 */
public record ColumnSchema(String name, ColumnType type, List<String> categories, int missingCount) {

  /** Validates and copies the category list. */
  public ColumnSchema {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    categories = List.copyOf(categories);
    if (missingCount < 0) {
      throw new IllegalArgumentException("missingCount must be >= 0, found " + missingCount);
    }
    if (type == ColumnType.NUMERIC && !categories.isEmpty()) {
      throw new IllegalArgumentException(
          "categories must be empty for numeric column '" + name + "', found " + categories);
    }
  }

  /** Whether at least one cell of this column was missing. */
  public boolean hasMissing() {
    return missingCount > 0;
  }
}
