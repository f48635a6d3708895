package org.greenautoml.data;

/**
 * A finished column still in the reader's chunks of {@link Chunks#SIZE} rows: numbers as floats
 * or doubles, or category codes, exactly one of the three. {@link #block} gives chunk {@code k} as
 * a {@link Column} with this column's schema (the same instance for every block, so an encoder
 * binds once), {@link #release} drops a chunk once read, and {@link #toColumn} copies every chunk
 * into one exact array. Not thread-safe.
 */
final class ChunkedColumn {

  private final ColumnSchema schema;
  private final int rows;
  private final float[][] floats;
  private final double[][] doubles;
  private final int[][] codes;

  private ChunkedColumn(ColumnSchema schema, int rows, float[][] floats, double[][] doubles,
      int[][] codes) {
    this.schema = schema;
    this.rows = rows;
    this.floats = floats;
    this.doubles = doubles;
    this.codes = codes;
  }

  static ChunkedColumn ofFloats(ColumnSchema schema, int rows, float[][] chunks) {
    return new ChunkedColumn(schema, rows, chunks, null, null);
  }

  static ChunkedColumn ofDoubles(ColumnSchema schema, int rows, double[][] chunks) {
    return new ChunkedColumn(schema, rows, null, chunks, null);
  }

  static ChunkedColumn ofCodes(ColumnSchema schema, int rows, int[][] chunks) {
    return new ChunkedColumn(schema, rows, null, null, chunks);
  }

  ColumnSchema schema() {
    return schema;
  }

  /** Chunk {@code k} as a column; rows past the end of the last chunk are never read. */
  Column block(int k) {
    if (released(k)) {
      throw new IllegalStateException("chunk " + k + " of '" + schema.name() + "' was released");
    }
    return Column.of(schema, floats == null ? null : floats[k],
        doubles == null ? null : doubles[k], codes == null ? null : codes[k]);
  }

  private boolean released(int k) {
    if (floats != null) {
      return floats[k] == null;
    }
    return doubles != null ? doubles[k] == null : codes[k] == null;
  }

  /** Drops chunk {@code k}, so that it can be collected once nothing else reads it. */
  void release(int k) {
    if (floats != null) {
      floats[k] = null;
    } else if (doubles != null) {
      doubles[k] = null;
    } else {
      codes[k] = null;
    }
  }

  /** Every chunk copied into one array of exactly the column's rows, each dropped once copied. */
  Column toColumn() {
    int n = (rows + Chunks.SIZE - 1) / Chunks.SIZE;
    float[] f = floats == null ? null : new float[rows];
    double[] d = doubles == null ? null : new double[rows];
    int[] c = codes == null ? null : new int[rows];
    for (int k = 0; k < n; k++) {
      int from = k * Chunks.SIZE;
      int length = Math.min(Chunks.SIZE, rows - from);
      if (f != null) {
        System.arraycopy(floats[k], 0, f, from, length);
      } else if (d != null) {
        System.arraycopy(doubles[k], 0, d, from, length);
      } else {
        System.arraycopy(codes[k], 0, c, from, length);
      }
      release(k);
    }
    return Column.of(schema, f, d, c);
  }
}
