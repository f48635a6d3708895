package org.greenautoml.data;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.greenautoml.errors.GreenAutoMLException;

/**
 * A problem with a dataset that the user can fix: a missing or malformed file, a bad cell, a target
 * that cannot be used, a class too small to split. The message is one sentence a user understands
 * and starts with the place ({@code file, line N, column 'c'}) when there is one; the place is also
 * available from {@link #file()}, {@link #line()} and {@link #column()}.
 *
 * <p>Unchecked, as per the house rule of one checked-free domain exception per module.
 */
public final class DatasetException extends GreenAutoMLException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String column;

  private DatasetException(Path file, long line, String column, String what, Throwable cause) {
    super(place(file, line, column) + what, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** An error with no position in a file (for example a split that cannot be stratified). */
  public static DatasetException of(String what) {
    return new DatasetException(null, -1, null, what, null);
  }

  /** An error about a whole file. */
  public static DatasetException at(Path file, String what) {
    return new DatasetException(file, -1, null, what, null);
  }

  /** An error about a whole file, caused by another exception. */
  public static DatasetException at(Path file, String what, Throwable cause) {
    return new DatasetException(file, -1, null, what, cause);
  }

  /** An error about one line of a file (1-based line number). */
  public static DatasetException at(Path file, long line, String what) {
    return new DatasetException(file, line, null, what, null);
  }

  /** An error about one line of a file (1-based line number), caused by another exception. */
  public static DatasetException at(Path file, long line, String what, Throwable cause) {
    return new DatasetException(file, line, null, what, cause);
  }

  /** An error about one cell: file, 1-based line and column name. */
  public static DatasetException at(Path file, long line, String column, String what) {
    return new DatasetException(file, line, column, what, null);
  }

  /** An error about a column as a whole (no single line). */
  public static DatasetException atColumn(Path file, String column, String what) {
    return new DatasetException(file, -1, column, what, null);
  }

  /** The file the problem is in, when there is one. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The 1-based line the problem is on, when there is one. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** The column the problem is in, when there is one. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  private static String place(Path file, long line, String column) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("line ").append(line);
    }
    if (column != null) {
      sb.append(sb.length() > 0 ? ", " : "").append("column '").append(column).append('\'');
    }
    return sb.length() > 0 ? sb.append(": ").toString() : "";
  }
}
