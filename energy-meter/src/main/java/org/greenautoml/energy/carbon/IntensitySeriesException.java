package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.greenautoml.energy.EnergyException;

/**
 * A carbon-intensity series that cannot be used: a file that does not parse (with its line and
 * column), rows with gaps, overlaps or irregular intervals, values out of range, or a series that
 * does not cover the time a search needs. The message names the source, the place and what is
 * wrong.
 */
public class IntensitySeriesException extends EnergyException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final OptionalInt line;
  private final OptionalInt column;

  /** An error at a line and column (1-based) of {@code source}. */
  public IntensitySeriesException(String source, int line, int column, String problem) {
    super(requireNonNull(source, "source") + ", line " + line + ", column " + column + ": "
        + requireNonNull(problem, "problem"));
    this.source = source;
    this.line = OptionalInt.of(line);
    this.column = OptionalInt.of(column);
  }

  /** An error about the series as a whole (its coverage), or its file (unreadable). */
  public IntensitySeriesException(String source, String problem, Throwable cause) {
    super(requireNonNull(source, "source") + ": " + requireNonNull(problem, "problem"), cause);
    this.source = source;
    this.line = OptionalInt.empty();
    this.column = OptionalInt.empty();
  }

  /** The file or name of the series. */
  public String source() {
    return source;
  }

  /** The 1-based line of the error in the file, if it is about one row. */
  public OptionalInt line() {
    return line;
  }

  /** The 1-based column of the error in the file, if it is about one cell. */
  public OptionalInt column() {
    return column;
  }

  /** The cause, if the error wraps one. */
  public Optional<Throwable> underlyingCause() {
    return Optional.ofNullable(getCause());
  }
}
