package org.greenautoml.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a header, then turns rows of cells, given as char ranges of a {@link FieldRow}, into a
 * {@link TabularData}: one {@link ColumnAccumulator} per column, the target kept as labels exactly
 * as written. A row is checked whole (field count, class) before any of its cells is typed. Not
 * thread-safe.
 */
final class TableAssembler {

  private final Path file;
  private final List<String> header;
  private final int targetIndex;
  private final ColumnAccumulator[] columns;
  private final List<String> declaredClasses;
  private final Set<String> declaredClassSet;
  private int rows;

  /**
   * @param headerLine the 1-based line of the header, for messages
   * @param declared column types from the file itself (ARFF), overridden by the reader's settings
   * @param nominal declared category lists from the file itself (ARFF); a feature keeps them in
   *     declared order, the target keeps the classes its rows have (sorted), and a value outside
   *     the list is an error in both
   */
  TableAssembler(Path file, long headerLine, List<String> header, TabularReader.Settings settings,
      Map<String, ColumnType> declared, Map<String, List<String>> nominal) {
    this.file = file;
    this.header = List.copyOf(header);
    checkNames(headerLine);
    String target = settings.target().orElse(header.get(header.size() - 1));
    this.targetIndex = header.indexOf(target);
    if (targetIndex < 0) {
      throw DatasetException.at(file, headerLine, "the target column '" + target
          + "' is not in the header; the columns are " + header);
    }
    for (String col : settings.columnTypes().keySet()) {
      if (!header.contains(col)) {
        throw DatasetException.at(file, headerLine, "columnType was set for '" + col
            + "', which is not in the header; the columns are " + header);
      }
    }
    this.declaredClasses = nominal.get(target);
    this.declaredClassSet = declaredClasses == null ? null : Set.copyOf(declaredClasses);
    NumberParser parser = new NumberParser();
    MissingTokens missing = new MissingTokens(settings.missingTokens());
    columns = new ColumnAccumulator[header.size()];
    for (int i = 0; i < columns.length; i++) {
      String name = header.get(i);
      ColumnType type = settings.columnTypes().getOrDefault(name, declared.get(name));
      List<String> categories = type == ColumnType.NUMERIC ? null : nominal.get(name);
      if (i == targetIndex) {
        if (settings.columnTypes().get(name) == ColumnType.NUMERIC) {
          throw DatasetException.atColumn(file, name, "the target of a classification is"
              + " always categorical; remove columnType(\"" + name + "\", NUMERIC)");
        }
        type = ColumnType.CATEGORICAL;
        categories = null;
      }
      columns[i] = new ColumnAccumulator(file, name, type, categories,
          missing, settings.nonFiniteAsMissing(), parser);
    }
  }

  private void checkNames(long headerLine) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isBlank()) {
        throw DatasetException.at(file, headerLine,
            "column " + (i + 1) + " of the header has no name; every column needs one");
      }
      Integer before = seen.putIfAbsent(name, i);
      if (before != null) {
        throw DatasetException.at(file, headerLine, name, "the column name '" + name
            + "' appears twice in the header (columns " + (before + 1) + " and " + (i + 1)
            + "); column names must be unique");
      }
    }
  }

  /** Adds one data row that starts on the given 1-based line; the row is only read. */
  void add(FieldRow row, long line) {
    if (row.size() != columns.length) {
      throw DatasetException.at(file, line, "line " + line + " has " + row.size()
          + " fields, header has " + header.size()
          + " (a missing or extra separator, or an unquoted separator inside a value?)");
    }
    char[] chars = row.chars();
    int t = targetIndex;
    if (columns[t].isMissing(chars, row.start(t), row.length(t))) {
      throw DatasetException.at(file, line, header.get(t), "the class is missing ('"
          + row.string(t) + "'); every row needs a class");
    }
    if (declaredClassSet != null && !declaredClassSet.contains(row.string(t))) {
      throw DatasetException.at(file, line, header.get(t), "'" + row.string(t)
          + "' is not one of the values declared for this attribute " + declaredClasses);
    }
    for (int i = 0; i < columns.length; i++) {
      columns[i].add(chars, row.start(i), row.length(i), line);
    }
    rows++;
  }

  /** Finishes every column and checks the target; the columns stay in their chunks. */
  TableChunks finish(String source) {
    if (rows == 0) {
      throw DatasetException.at(file, "has a header but no data rows");
    }
    ChunkedColumn[] features = new ChunkedColumn[columns.length - 1];
    ChunkedColumn target = null;
    int f = 0;
    for (int i = 0; i < columns.length; i++) {
      ChunkedColumn c = columns[i].finish(rows);
      columns[i] = null;
      if (i == targetIndex) {
        target = c;
      } else {
        features[f++] = c;
      }
    }
    List<String> classes = target.schema().categories();
    if (classes.size() < 2) {
      throw DatasetException.atColumn(file, target.schema().name(), "the target has only one"
          + " class ('" + classes.get(0) + "' in all " + rows
          + " rows); classification needs at least two");
    }
    return new TableChunks(source, features, target, rows);
  }
}
