package org.greenautoml.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the cells of one column in a single pass and settles its type (the rule is on {@link
 * TabularReader}). Starts numeric in floats, widens to doubles on the first value that is not
 * exactly a float, and turns categorical on the first non-number while the column has seen at most
 * {@value #CATEGORY_LIMIT} distinct strings. Not thread-safe.
 */
final class ColumnAccumulator {

  /** A mixed column with more distinct values than this is reported, not made categorical. */
  static final int CATEGORY_LIMIT = 64;

  private static final int RECENT_BITS = 7;

  private enum Mode { FLOATS, DOUBLES, CODES }

  private final Path file;
  private final String name;
  private final ColumnType forced;
  private final List<String> declared;
  private final MissingTokens missingTokens;
  private final boolean nonFiniteAsMissing;
  private final NumberParser parser;

  private Mode mode;
  private Chunks.Floats floats = new Chunks.Floats();
  private Chunks.Doubles doubles;
  private Chunks.Ints codes;
  private Map<String, Integer> dictionary;
  private List<String> categories;
  private Map<String, Double> distinct = new HashMap<>();
  private String[] recent = new String[1 << RECENT_BITS];
  private int missing;
  private int numericCells;
  private int nonNumericCells;
  private long firstNonNumericLine;
  private String firstNonNumeric;

  ColumnAccumulator(Path file, String name, ColumnType forced, List<String> declared,
      MissingTokens missingTokens, boolean nonFiniteAsMissing, NumberParser parser) {
    this.file = file;
    this.name = name;
    this.forced = declared != null ? ColumnType.CATEGORICAL : forced;
    this.declared = declared;
    this.missingTokens = missingTokens;
    this.nonFiniteAsMissing = nonFiniteAsMissing;
    this.parser = parser;
    this.mode = Mode.FLOATS;
    if (this.forced == ColumnType.CATEGORICAL) {
      startCodes();
      if (declared != null) {
        for (String c : declared) {
          if (dictionary.putIfAbsent(c, categories.size()) == null) {
            categories.add(c);
          }
        }
      }
    }
    if (this.forced != null) {
      distinct = null;
      recent = null;
    }
  }

  String name() {
    return name;
  }

  boolean isMissing(String cell) {
    return missingTokens.contains(cell);
  }

  /** Adds one cell read on the given 1-based line. */
  void add(String cell, long line) {
    if (missingTokens.contains(cell)) {
      missing++;
      appendMissing();
      return;
    }
    if (mode == Mode.CODES) {
      codes.add(code(cell, line));
      if (forced == null) {
        countInferred(cell, line);
      }
      return;
    }
    int kind = parser.parse(cell);
    if (kind == NumberParser.FINITE) {
      numericCells++;
      appendNumber(parser.value());
      trackDistinct(cell);
    } else if (kind == NumberParser.NON_FINITE) {
      if (!nonFiniteAsMissing) {
        throw DatasetException.at(file, line, name, "'" + cell + "' is not a finite number;"
            + " fix the cell, or call nonFiniteAsMissing(true) on the reader to read NaN and"
            + " infinity as missing");
      }
      missing++;
      appendMissing();
    } else if (forced == ColumnType.NUMERIC) {
      throw DatasetException.at(file, line, name,
          "'" + cell + "' is not a number, but the column was declared numeric");
    } else {
      noteNonNumeric(cell, line);
      if (distinct != null) {
        convertToCodes();
        codes.add(code(cell, line));
      } else {
        appendMissing();
      }
    }
  }

  private void countInferred(String cell, long line) {
    if (parser.parse(cell) == NumberParser.FINITE) {
      numericCells++;
    } else {
      noteNonNumeric(cell, line);
    }
  }

  private void noteNonNumeric(String cell, long line) {
    if (nonNumericCells++ == 0) {
      firstNonNumeric = cell;
      firstNonNumericLine = line;
    }
  }

  /**
   * Records the raw string of a number while the column may still turn categorical. {@code
   * recent} remembers, by a hash of the value, one string already in {@code distinct}, so that a
   * repeated cell costs a short {@code equals} instead of hashing a fresh string.
   */
  private void trackDistinct(String cell) {
    if (distinct == null) {
      return;
    }
    long bits = Double.doubleToRawLongBits(parser.value());
    int h = ((int) (bits ^ (bits >>> 32)) * 0x9E3779B9) >>> (32 - RECENT_BITS);
    String known = recent[h];
    if (known != null && known.equals(cell)) {
      return;
    }
    if (!distinct.containsKey(cell)) {
      if (distinct.size() == CATEGORY_LIMIT) {
        distinct = null;
        recent = null;
        return;
      }
      distinct.put(cell, parser.value());
    }
    recent[h] = cell;
  }

  private void appendMissing() {
    switch (mode) {
      case FLOATS -> floats.add(Float.NaN);
      case DOUBLES -> doubles.add(Double.NaN);
      default -> codes.add(-1);
    }
  }

  private void appendNumber(double v) {
    if (mode == Mode.FLOATS) {
      float f = (float) v;
      if (f == v) {
        floats.add(f);
        return;
      }
      doubles = new Chunks.Doubles();
      for (int i = 0; i < floats.size(); i++) {
        doubles.add(floats.get(i));
      }
      floats = null;
      mode = Mode.DOUBLES;
    }
    doubles.add(v);
  }

  private void startCodes() {
    mode = Mode.CODES;
    codes = new Chunks.Ints();
    dictionary = new HashMap<>();
    categories = new ArrayList<>();
    floats = null;
  }

  /** Re-reads the numbers so far as category codes, using the raw strings they came from. */
  private void convertToCodes() {
    Map<String, Double> seen = distinct;
    Chunks.Floats oldFloats = floats;
    Chunks.Doubles oldDoubles = doubles;
    int size = mode == Mode.FLOATS ? oldFloats.size() : oldDoubles.size();
    startCodes();
    doubles = null;
    distinct = null;
    recent = null;
    Map<Double, Integer> byValue = new HashMap<>();
    seen.forEach((raw, value) -> byValue.putIfAbsent(value, code(raw, 0)));
    for (int i = 0; i < size; i++) {
      double v = oldFloats != null ? oldFloats.get(i) : oldDoubles.get(i);
      codes.add(Double.isNaN(v) ? -1 : byValue.get(v));
    }
  }

  private int code(String cell, long line) {
    Integer code = dictionary.get(cell);
    if (code != null) {
      return code;
    }
    if (declared != null) {
      throw DatasetException.at(file, line, name,
          "'" + cell + "' is not one of the values declared for this attribute " + declared);
    }
    dictionary.put(cell, categories.size());
    categories.add(cell);
    return categories.size() - 1;
  }

  /** Settles the type and returns the finished column; throws when a numeric column has strays. */
  Column finish() {
    if (forced == null && numericCells > 0 && nonNumericCells > 0) {
      int present = numericCells + nonNumericCells;
      boolean stray = mode != Mode.CODES || nonNumericCells <= Math.max(1, present / 100);
      if (stray) {
        throw DatasetException.at(file, firstNonNumericLine, name, String.format(
            "the column is numeric except for %d of %d cells; the first is '%s' on this line. Fix"
                + " the cell, add it to missingTokens, or read the column as categorical with"
                + " columnType(\"%s\", CATEGORICAL)",
            nonNumericCells, present, firstNonNumeric, name));
      }
    }
    return switch (mode) {
      case FLOATS -> Column.ofFloats(name, floats.toArray(), missing);
      case DOUBLES -> Column.ofDoubles(name, doubles.toArray(), missing);
      default -> finishCodes();
    };
  }

  private Column finishCodes() {
    int[] raw = codes.toArray();
    if (declared != null) {
      return Column.ofCodes(name, raw, categories, missing);
    }
    List<String> sorted = new ArrayList<>(categories);
    sorted.sort(null);
    int[] remap = new int[categories.size()];
    for (int i = 0; i < remap.length; i++) {
      remap[dictionary.get(sorted.get(i))] = i;
    }
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw[i] < 0 ? -1 : remap[raw[i]];
    }
    return Column.ofCodes(name, raw, sorted, missing);
  }
}
