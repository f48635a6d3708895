package org.greenautoml.data;

/**
 * One finished, immutable column: numbers as {@code float[]} when every value is exactly a float
 * (pixels, counts, codes), otherwise {@code double[]}; categories as {@code int[]} codes. Missing
 * is {@code NaN} or {@code -1}. The arrays are never exposed outside the package, and never
 * written after construction.
 */
final class Column {

  private final ColumnSchema schema;
  private final float[] floats;
  private final double[] doubles;
  private final int[] codes;

  private Column(ColumnSchema schema, float[] floats, double[] doubles, int[] codes) {
    this.schema = schema;
    this.floats = floats;
    this.doubles = doubles;
    this.codes = codes;
  }

  /** A column over the given arrays (exactly one non-null), read only from now on. */
  static Column of(ColumnSchema schema, float[] floats, double[] doubles, int[] codes) {
    return new Column(schema, floats, doubles, codes);
  }

  ColumnSchema schema() {
    return schema;
  }

  boolean isNumeric() {
    return codes == null;
  }

  double numeric(int row) {
    if (floats != null) {
      return floats[row];
    }
    if (doubles != null) {
      return doubles[row];
    }
    throw new IllegalArgumentException(
        "numeric(row, feature) needs a numeric column, found categorical '" + schema.name() + "'");
  }

  int code(int row) {
    if (codes == null) {
      throw new IllegalArgumentException(
          "categoryCode(row, feature) needs a categorical column, found numeric '"
              + schema.name() + "'");
    }
    return codes[row];
  }

  /** The float values, or null; for package-internal bulk reads, never written. */
  float[] floatArray() {
    return floats;
  }

  /** The double values, or null; for package-internal bulk reads, never written. */
  double[] doubleArray() {
    return doubles;
  }

  /** The category codes, or null; for package-internal bulk reads, never written. */
  int[] codeArray() {
    return codes;
  }

  /** Bytes held by the column's array, for memory accounting. */
  long bytes() {
    return floats != null ? 4L * floats.length : doubles != null ? 8L * doubles.length : 4L * codes.length;
  }
}
