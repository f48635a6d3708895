package org.greenautoml.data;

import java.util.Arrays;

/**
 * One parsed record as char ranges: the fields' characters are copied into one reusable buffer,
 * so that a whole row can be checked (field count, class) before any cell is typed, without a
 * String per field. Reused for every record of a file. Not thread-safe.
 */
final class FieldRow {

  private char[] chars = new char[1 << 12];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int size;
  private int used;
  private long line;

  /** Empties the row for a record that starts on the given 1-based line. */
  void begin(long startLine) {
    size = 0;
    used = 0;
    line = startLine;
  }

  /** Appends one field, copying {@code len} characters of {@code buf} from {@code off}. */
  void add(char[] buf, int off, int len) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    if (used + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
    }
    System.arraycopy(buf, off, chars, used, len);
    starts[size] = used;
    used += len;
    ends[size++] = used;
  }

  /** The 1-based line the record starts on. */
  long line() {
    return line;
  }

  /** The number of fields. */
  int size() {
    return size;
  }

  /** The buffer that holds every field; valid until the next {@link #begin}. */
  char[] chars() {
    return chars;
  }

  /** Where field {@code i} starts in {@link #chars()}. */
  int start(int i) {
    return starts[i];
  }

  /** The length of field {@code i}. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** Field {@code i} as a new String, for values that are kept or quoted in a message. */
  String string(int i) {
    return new String(chars, starts[i], ends[i] - starts[i]);
  }
}
