package org.greenautoml.energy;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 CSV table with a header row, as bundled with this module (TDP and
 * carbon-intensity tables derived from {@code shared/reference}; see the NOTICE next to each).
 * Keeps the name of its origin and the line of every row so that a row that does not parse is
 * reported as {@code <origin> line <n>: ...}. Immutable; thread-safe.
 */
public final class ReferenceTable {

  /** One data row: its 1-based line in the origin and its cells by column name. */
  public record Row(String origin, int line, Map<String, String> cells) {

    /** The cell of {@code column}, trimmed; an error naming origin and line if the column is absent. */
    public String get(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw error("has no column '" + column + "'");
      }
      return value.trim();
    }

    /** The cell as a number; an error naming origin, line and column when it does not parse. */
    public double number(String column) {
      String text = get(column);
      try {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
          throw error("column '" + column + "' must be a finite number, found '" + text + "'");
        }
        return value;
      } catch (NumberFormatException e) {
        throw error("column '" + column + "' must be a number, found '" + text + "'");
      }
    }

    /** The cell as a number, or empty when the cell is blank. */
    public Optional<Double> optionalNumber(String column) {
      return get(column).isEmpty() ? Optional.empty() : Optional.of(number(column));
    }

    /** An {@link EnergyException} that says where this row is. */
    public EnergyException error(String what) {
      return new EnergyException(origin + " line " + line + ": " + what);
    }
  }

  private final String origin;
  private final List<Row> rows;

  private ReferenceTable(String origin, List<Row> rows) {
    this.origin = origin;
    this.rows = List.copyOf(rows);
  }

  /** Reads a table bundled as a class-path resource next to {@code anchor}. */
  public static ReferenceTable resource(Class<?> anchor, String name) {
    requireNonNull(anchor, "anchor");
    requireNonNull(name, "name");
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new EnergyException(
          "bundled table " + name + " is missing next to " + anchor.getName() + " on the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(anchor.getPackageName().replace('.', '/') + "/" + name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled table " + name, e);
    }
  }

  /** Parses CSV text; {@code origin} names it in error messages. */
  public static ReferenceTable parse(String origin, Reader reader) throws IOException {
    requireNonNull(origin, "origin");
    BufferedReader in = new BufferedReader(requireNonNull(reader, "reader"));
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int line = 0;
    for (String text = in.readLine(); text != null; text = in.readLine()) {
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      List<String> cells = split(origin, line, text);
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.size() != header.size()) {
        throw new EnergyException(
            origin + " line " + line + ": must have " + header.size() + " cells like its header, found "
                + cells.size());
      }
      Map<String, String> byName = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        byName.put(header.get(i), cells.get(i));
      }
      rows.add(new Row(origin, line, Map.copyOf(byName)));
    }
    if (header == null) {
      throw new EnergyException(origin + ": must have a header row, found an empty table");
    }
    return new ReferenceTable(origin, rows);
  }

  private static List<String> split(String origin, int line, String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new EnergyException(origin + " line " + line + ": has an unclosed quote");
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Where the table came from. */
  public String origin() {
    return origin;
  }

  /** The data rows, header excluded, in file order. */
  public List<Row> rows() {
    return rows;
  }
}
