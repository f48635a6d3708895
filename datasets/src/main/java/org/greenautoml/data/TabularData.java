package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A typed table held by column in primitive arrays: feature columns (numeric or categorical) and
 * one categorical target. Immutable and thread-safe; {@link #rows(int[])} returns a view that
 * shares the column arrays and holds only an {@code int[]} of row positions.
 *
 * <p>Rows are numbered {@code 0..rowCount()-1} in file order (or in the order given to {@code
 * rows}). Missing numeric cells read as {@code NaN}, missing categorical cells as code {@code -1}.
 */
public final class TabularData {

  private final String source;
  private final Column[] columns;
  private final List<ColumnSchema> features;
  private final Column target;
  private final int[] rowMap;
  private final int rowCount;
  private volatile String fingerprint;

  TabularData(String source, Column[] columns, Column target, int[] rowMap, int rowCount) {
    this.source = source;
    this.columns = columns;
    List<ColumnSchema> schemas = new ArrayList<>(columns.length);
    for (Column c : columns) {
      schemas.add(c.schema());
    }
    this.features = List.copyOf(schemas);
    this.target = target;
    this.rowMap = rowMap;
    this.rowCount = rowCount;
  }

  /** The file name this table was read from. */
  public String source() {
    return source;
  }

  /** The feature columns, target excluded, in file order. */
  public List<ColumnSchema> features() {
    return features;
  }

  /** The name of the target column. */
  public String targetName() {
    return target.schema().name();
  }

  /** The number of rows of this table or view. */
  public int rowCount() {
    return rowCount;
  }

  /** The value of a numeric feature; {@code NaN} when missing. */
  public double numeric(int row, int feature) {
    return columns[feature].numeric(base(row));
  }

  /** The category code of a categorical feature, an index into its categories; -1 when missing. */
  public int categoryCode(int row, int feature) {
    return columns[feature].code(base(row));
  }

  /** The class labels exactly as written in the file, sorted. */
  public List<String> classes() {
    return target.schema().categories();
  }

  /** The class of a row as an index into {@link #classes()}. */
  public int labelIndex(int row) {
    return target.code(base(row));
  }

  /** The class index of every row, in row order; a fresh copy. */
  public int[] labelIndices() {
    int[] out = new int[rowCount];
    for (int i = 0; i < rowCount; i++) {
      out[i] = target.code(rowMap == null ? i : rowMap[i]);
    }
    return out;
  }

  /** The class label of a row, exactly as written. */
  public String label(int row) {
    return classes().get(labelIndex(row));
  }

  /**
   * A view of the given rows, in the given order (repeats allowed); shares the column arrays.
   *
   * @throws IllegalArgumentException when an index is outside {@code [0, rowCount())}
   */
  public TabularData rows(int[] rowIndices) {
    requireNonNull(rowIndices, "rowIndices");
    int[] map = new int[rowIndices.length];
    for (int i = 0; i < map.length; i++) {
      int r = rowIndices[i];
      if (r < 0 || r >= rowCount) {
        throw new IllegalArgumentException(
            "row index must be in [0, " + rowCount + "), found " + r + " at position " + i);
      }
      map[i] = rowMap == null ? r : rowMap[r];
    }
    return new TabularData(source, columns, target, map, map.length);
  }

  /**
   * A SHA-256 (hex) of the column names, types, categories, classes and every cell in row order;
   * two tables with the same content have the same fingerprint whatever file they came from.
   * Computed once, O(rows x columns).
   */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = computeFingerprint();
      fingerprint = f;
    }
    return f;
  }

  private String computeFingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 must be available in every JDK", e);
    }
    for (ColumnSchema s : features) {
      digest.update((s.name() + '\u0000' + s.type() + '\u0000' + s.categories() + '\u0001')
          .getBytes(StandardCharsets.UTF_8));
    }
    digest.update((targetName() + '\u0000' + classes()).getBytes(StandardCharsets.UTF_8));
    ByteBuffer buf = ByteBuffer.allocate(Math.max(1 << 16, 8 * (columns.length + 1)));
    for (int r = 0; r < rowCount; r++) {
      if (buf.remaining() < 8 * (columns.length + 1)) {
        digest.update(buf.flip());
        buf.clear();
      }
      int b = base(r);
      for (Column c : columns) {
        if (c.isNumeric()) {
          buf.putLong(Double.doubleToLongBits(c.numeric(b)));
        } else {
          buf.putInt(c.code(b));
        }
      }
      buf.putInt(target.code(b));
    }
    digest.update(buf.flip());
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Bytes held by the column arrays this table shares (not counting view maps). */
  long columnBytes() {
    long sum = target.bytes();
    for (Column c : columns) {
      sum += c.bytes();
    }
    return sum;
  }

  /** The column behind a feature index, for package-internal bulk reads. */
  Column column(int feature) {
    return columns[feature];
  }

  /** The row of the column arrays that row {@code row} of this table or view reads. */
  int base(int row) {
    if (row < 0 || row >= rowCount) {
      throw new IndexOutOfBoundsException("row must be in [0, " + rowCount + "), found " + row);
    }
    return rowMap == null ? row : rowMap[row];
  }
}
