package org.greenautoml.energy.carbon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code timestamp,g_co2e_per_kwh[,kind]} CSV into a {@link CarbonIntensitySeries}, checking
 * each row as it comes: the first bad cell or row is an {@link IntensitySeriesException} with its
 * line and column. Timestamps are ISO-8601 with an offset or {@code Z} (a space may stand for the
 * {@code T}); the first two rows fix the step, and every later row must follow the previous one by
 * exactly that step (a longer distance is a gap, a shorter one an overlap, a negative one an
 * unsorted row). Blank lines and lines starting with {@code #} are skipped. Not thread-safe.
 */
final class IntensitySeriesReader {

  private static final String[] HEADER = {"timestamp", "g_co2e_per_kwh", "kind"};

  private final String source;
  private final List<Double> values = new ArrayList<>();
  private final List<IntensityKind> kinds = new ArrayList<>();
  private Instant first;
  private Instant previous;
  private Duration step;
  private int columns;

  IntensitySeriesReader(String source) {
    this.source = source;
  }

  CarbonIntensitySeries read(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    int lineNumber = 0;
    boolean header = false;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      String trimmed = line.strip();
      if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
        trimmed = trimmed.substring(1);
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = split(trimmed);
      if (!header) {
        header(cells, lineNumber);
        header = true;
      } else {
        row(cells, lineNumber);
      }
    }
    if (values.size() < 2) {
      throw new IntensitySeriesException(source, Math.max(1, lineNumber), 1,
          "a series needs at least two rows (the first two fix the interval), found "
              + values.size());
    }
    return CarbonIntensitySeries.of(source, first, step,
        values.stream().mapToDouble(Double::doubleValue).toArray(), kinds);
  }

  private static String[] split(String line) {
    String[] cells = line.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i].strip();
      if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
        cell = cell.substring(1, cell.length() - 1).strip();
      }
      cells[i] = cell;
    }
    return cells;
  }

  private void header(String[] cells, int line) {
    if (cells.length < 2 || cells.length > 3) {
      throw new IntensitySeriesException(source, line, 1,
          "the header must be timestamp,g_co2e_per_kwh[,kind], found " + cells.length + " columns");
    }
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].toLowerCase(Locale.ROOT).equals(HEADER[i])) {
        throw new IntensitySeriesException(source, line, i + 1,
            "the header must be timestamp,g_co2e_per_kwh[,kind]; column " + (i + 1) + " must be '"
                + HEADER[i] + "', found '" + cells[i] + "'");
      }
    }
    columns = cells.length;
  }

  private void row(String[] cells, int line) {
    if (cells.length != columns) {
      throw new IntensitySeriesException(source, line, Math.min(cells.length, columns) + 1,
          "the row must have " + columns + " cells like the header, found " + cells.length);
    }
    Instant at = timestamp(cells[0], line);
    double grams = grams(cells[1], line);
    IntensityKind kind = columns == 3 ? kind(cells[2], line) : IntensityKind.ACTUAL;
    order(at, line);
    values.add(grams);
    kinds.add(kind);
  }

  private Instant timestamp(String cell, int line) {
    try {
      return OffsetDateTime.parse(cell.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException e) {
      throw new IntensitySeriesException(source, line, 1,
          "timestamp must be ISO-8601 with an offset or Z (UTC), such as 2023-03-14T01:00:00Z or"
              + " 2023-03-14T02:00+01:00, found '" + cell + "'");
    }
  }

  private double grams(String cell, int line) {
    double grams;
    try {
      grams = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IntensitySeriesException(source, line, 2,
          "g_co2e_per_kwh must be a number, found '" + cell + "'");
    }
    String problem = CarbonIntensitySeries.valueProblem(grams);
    if (problem != null) {
      throw new IntensitySeriesException(source, line, 2, "g_co2e_per_kwh " + problem);
    }
    return grams;
  }

  private IntensityKind kind(String cell, int line) {
    return switch (cell.toLowerCase(Locale.ROOT)) {
      case "", "actual", "measured", "estimated" -> IntensityKind.ACTUAL;
      case "forecast" -> IntensityKind.FORECAST;
      default -> throw new IntensitySeriesException(source, line, 3,
          "kind must be actual or forecast (or empty for actual), found '" + cell + "'");
    };
  }

  private void order(Instant at, int line) {
    if (previous == null) {
      first = at;
      previous = at;
      return;
    }
    Duration delta = Duration.between(previous, at);
    if (delta.isNegative()) {
      throw new IntensitySeriesException(source, line, 1, "rows must be in time order, found "
          + at + " after " + previous);
    }
    if (delta.isZero()) {
      throw new IntensitySeriesException(source, line, 1,
          "rows overlap: " + at + " appears twice");
    }
    if (step == null) {
      if (delta.compareTo(CarbonIntensitySeries.MIN_STEP) < 0
          || delta.compareTo(CarbonIntensitySeries.MAX_STEP) > 0) {
        throw new IntensitySeriesException(source, line, 1, "the interval between the first two"
            + " rows must be between 5 minutes and 1 hour, found " + delta);
      }
      step = delta;
    } else if (!delta.equals(step)) {
      throw new IntensitySeriesException(source, line, 1, stepProblem(delta, at));
    }
    previous = at;
  }

  private String stepProblem(Duration delta, Instant at) {
    long ratio = delta.toNanos() / step.toNanos();
    if (delta.compareTo(step) < 0) {
      return "rows overlap: " + at + " is " + delta + " after " + previous + ", inside its "
          + step + " interval";
    }
    if (delta.toNanos() % step.toNanos() == 0) {
      return "gap: " + (ratio - 1) + " row(s) of " + step + " missing between " + previous
          + " and " + at;
    }
    return "irregular interval: " + at + " is " + delta + " after " + previous
        + ", but the series steps by " + step;
  }
}
