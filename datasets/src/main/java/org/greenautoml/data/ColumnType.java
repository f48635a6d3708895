package org.greenautoml.data;

/**
 * How a feature column is stored and encoded: as numbers, or as one of a finite set of strings.
 *
 * <p>The inference rule that picks a type when the caller does not is documented on {@link
 * TabularReader}.
 */
public enum ColumnType {
  /** Real numbers, stored as primitive floats or doubles; a missing cell is {@code NaN}. */
  NUMERIC,
  /** Strings from a finite set, stored as integer codes into the column's category list. */
  CATEGORICAL
}
