package org.greenautoml.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the cells of one column in a single pass and settles its type (the rule is on {@link
 * TabularReader}). Starts numeric in floats, widens to doubles on the first value that is not
 * exactly a float, and turns categorical on the first non-number while the column has seen at most
 * {@value #CATEGORY_LIMIT} distinct strings. Cells arrive as char ranges; a String is made only
 * for what is kept: a new category, a new distinct value of a column that may still turn
 * categorical, and the first stray cell or a bad cell for its message. Not thread-safe.
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
  private RangeDictionary dictionary;
  private RangeDictionary distinct = new RangeDictionary();
  private double[] distinctValues = new double[CATEGORY_LIMIT];
  private int[] recent = newRecent();
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
        declared.forEach(dictionary::add);
      }
    }
    if (this.forced != null) {
      distinct = null;
      distinctValues = null;
      recent = null;
    }
  }

  String name() {
    return name;
  }

  /** Whether the cell in {@code buf[off, off + len)} is one of the missing tokens. */
  boolean isMissing(char[] buf, int off, int len) {
    return missingTokens.contains(buf, off, len);
  }

  /** Adds the cell in {@code buf[off, off + len)}, read on the given 1-based line. */
  void add(char[] buf, int off, int len, long line) {
    if (missingTokens.contains(buf, off, len)) {
      missing++;
      appendMissing();
      return;
    }
    if (mode == Mode.CODES) {
      codes.add(code(buf, off, len, line));
      if (forced == null) {
        countInferred(buf, off, len, line);
      }
      return;
    }
    int kind = parser.parse(buf, off, len);
    if (kind == NumberParser.FINITE) {
      numericCells++;
      appendNumber(parser.value());
      trackDistinct(buf, off, len);
    } else if (kind == NumberParser.NON_FINITE) {
      if (!nonFiniteAsMissing) {
        throw DatasetException.at(file, line, name, "'" + new String(buf, off, len) + "' is not"
            + " a finite number; fix the cell, or call nonFiniteAsMissing(true) on the reader to"
            + " read NaN and infinity as missing");
      }
      missing++;
      appendMissing();
    } else if (forced == ColumnType.NUMERIC) {
      throw DatasetException.at(file, line, name, "'" + new String(buf, off, len)
          + "' is not a number, but the column was declared numeric");
    } else {
      noteNonNumeric(buf, off, len, line);
      if (distinct != null) {
        convertToCodes();
        codes.add(code(buf, off, len, line));
      } else {
        appendMissing();
      }
    }
  }

  private void countInferred(char[] buf, int off, int len, long line) {
    if (parser.parse(buf, off, len) == NumberParser.FINITE) {
      numericCells++;
    } else {
      noteNonNumeric(buf, off, len, line);
    }
  }

  private void noteNonNumeric(char[] buf, int off, int len, long line) {
    if (nonNumericCells++ == 0) {
      firstNonNumeric = new String(buf, off, len);
      firstNonNumericLine = line;
    }
  }

  /**
   * Records the raw text of a number while the column may still turn categorical. {@code
   * recent} remembers, by a hash of the value, the index of one string already in {@code
   * distinct}, so that a repeated cell costs a short comparison instead of hashing its characters.
   */
  private void trackDistinct(char[] buf, int off, int len) {
    if (distinct == null) {
      return;
    }
    long bits = Double.doubleToRawLongBits(parser.value());
    int h = ((int) (bits ^ (bits >>> 32)) * 0x9E3779B9) >>> (32 - RECENT_BITS);
    int known = recent[h];
    if (known >= 0 && distinct.matches(known, buf, off, len)) {
      return;
    }
    int index = distinct.indexOf(buf, off, len);
    if (index < 0) {
      if (distinct.size() == CATEGORY_LIMIT) {
        distinct = null;
        distinctValues = null;
        recent = null;
        return;
      }
      index = distinct.add(new String(buf, off, len));
      distinctValues[index] = parser.value();
    }
    recent[h] = index;
  }

  private static int[] newRecent() {
    int[] recent = new int[1 << RECENT_BITS];
    Arrays.fill(recent, -1);
    return recent;
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
    dictionary = new RangeDictionary();
    floats = null;
  }

  /**
   * Re-reads the numbers so far as category codes, using the raw strings they came from; every
   * raw string becomes a category, and the rows of a value written two ways ({@code 1}, {@code
   * 1.0}) take the category of the way seen first.
   */
  private void convertToCodes() {
    RangeDictionary seen = distinct;
    double[] seenValues = distinctValues;
    Chunks.Floats oldFloats = floats;
    Chunks.Doubles oldDoubles = doubles;
    int size = mode == Mode.FLOATS ? oldFloats.size() : oldDoubles.size();
    startCodes();
    doubles = null;
    distinct = null;
    distinctValues = null;
    recent = null;
    Map<Double, Integer> byValue = new HashMap<>();
    for (int i = 0; i < seen.size(); i++) {
      int code = dictionary.add(seen.key(i));
      byValue.putIfAbsent(seenValues[i], code);
    }
    for (int i = 0; i < size; i++) {
      double v = oldFloats != null ? oldFloats.get(i) : oldDoubles.get(i);
      codes.add(Double.isNaN(v) ? -1 : byValue.get(v));
    }
  }

  private int code(char[] buf, int off, int len, long line) {
    int code = dictionary.indexOf(buf, off, len);
    if (code >= 0) {
      return code;
    }
    if (declared != null) {
      throw DatasetException.at(file, line, name, "'" + new String(buf, off, len)
          + "' is not one of the values declared for this attribute " + declared);
    }
    return dictionary.add(new String(buf, off, len));
  }

  /**
   * Settles the type and returns the finished column, still in its chunks; throws when a numeric
   * column has strays.
   */
  ChunkedColumn finish(int rows) {
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
    ColumnSchema numeric = new ColumnSchema(name, ColumnType.NUMERIC, List.of(), missing);
    return switch (mode) {
      case FLOATS -> ChunkedColumn.ofFloats(numeric, rows, floats.chunks());
      case DOUBLES -> ChunkedColumn.ofDoubles(numeric, rows, doubles.chunks());
      default -> finishCodes(rows);
    };
  }

  private ChunkedColumn finishCodes(int rows) {
    int[][] chunks = codes.chunks();
    List<String> categories = List.copyOf(dictionary.keys());
    if (declared != null) {
      return ChunkedColumn.ofCodes(
          new ColumnSchema(name, ColumnType.CATEGORICAL, categories, missing), rows, chunks);
    }
    List<String> sorted = new ArrayList<>(categories);
    sorted.sort(null);
    int[] remap = new int[categories.size()];
    for (int i = 0; i < remap.length; i++) {
      remap[dictionary.indexOf(sorted.get(i))] = i;
    }
    for (int k = 0; k < chunks.length; k++) {
      int[] chunk = chunks[k];
      int used = Math.min(Chunks.SIZE, rows - k * Chunks.SIZE);
      for (int i = 0; i < used; i++) {
        chunk[i] = chunk[i] < 0 ? -1 : remap[chunk[i]];
      }
    }
    return ChunkedColumn.ofCodes(
        new ColumnSchema(name, ColumnType.CATEGORICAL, sorted, missing), rows, chunks);
  }
}
