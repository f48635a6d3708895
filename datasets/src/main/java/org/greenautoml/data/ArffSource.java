package org.greenautoml.data;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a dense Weka ARFF file (https://waikato.github.io/weka-wiki/formats_and_processing/arff/):
 * the {@code @relation}/{@code @attribute}/{@code @data} header by hand, the data section with
 * FastCSV (https://fastcsv.org: single quotes, lines starting with {@code %} skipped as comments,
 * white space around values dropped). Declared numeric attributes are numeric,
 * nominal ones categorical with their declared values in declared order, string attributes
 * categorical; date and relational attributes and sparse rows are rejected. A value of a nominal
 * attribute, the class included, that is not in its declared list is a {@link DatasetException}
 * naming the line, the column, the value and the declared values.
 */
final class ArffSource {

  private static final char QUOTE = '\'';

  private ArffSource() {}

  static TableChunks read(Path file, TabularReader.Settings settings) {
    try (BufferedReader reader = new BufferedReader(CsvSource.open(file, false))) {
      List<String> names = new ArrayList<>();
      Map<String, ColumnType> types = new LinkedHashMap<>();
      Map<String, List<String>> nominal = new LinkedHashMap<>();
      long line = readHeader(file, reader, names, types, nominal);
      TableAssembler table = new TableAssembler(file, line, names, settings, types, nominal);
      try (CsvReader<FieldRow> csv = data().build(new RowHandler(true), reader)) {
        Iterator<FieldRow> rows = csv.iterator();
        while (CsvSource.next(file, rows, line, QUOTE)) {
          FieldRow row = rows.next();
          long at = row.line() + line;
          if (row.length(0) > 0 && row.chars()[row.start(0)] == '{') {
            throw DatasetException.at(file, at, "sparse ARFF rows ({index value, ...}) are not"
                + " supported; write the data section densely");
          }
          table.add(row, at);
        }
      }
      return table.finish(file.getFileName().toString());
    } catch (CharacterCodingException | LineLimitedReader.LineTooLongException e) {
      throw CsvSource.translate(file, e);
    } catch (IOException e) {
      throw DatasetException.at(file, "could not be read: " + e.getMessage(), e);
    }
  }

  /** FastCSV for the data section: ARFF's single quotes, {@code %} comments, spaces trimmed. */
  private static CsvReader.CsvReaderBuilder data() {
    return CsvSource.strict()
        .quoteCharacter(QUOTE)
        .commentStrategy(CommentStrategy.SKIP)
        .commentCharacter('%')
        .trimWhitespacesAroundQuotes(true);
  }

  /** Reads up to and including {@code @data}; returns the number of lines read. */
  private static long readHeader(Path file, BufferedReader reader, List<String> names,
      Map<String, ColumnType> types, Map<String, List<String>> nominal) throws IOException {
    long line = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      String t = text.strip();
      String lower = t.toLowerCase(Locale.ROOT);
      if (t.isEmpty() || t.startsWith("%") || lower.startsWith("@relation")) {
        continue;
      }
      if (lower.startsWith("@data")) {
        if (names.isEmpty()) {
          throw DatasetException.at(file, line, "@data comes before any @attribute");
        }
        return line;
      }
      if (!lower.startsWith("@attribute")) {
        throw DatasetException.at(file, line, "expected @relation, @attribute or @data, found '"
            + t + "'");
      }
      attribute(file, line, t.substring("@attribute".length()).strip(), names, types, nominal);
    }
    throw DatasetException.at(file, names.isEmpty() ? "is empty or has no ARFF header"
        : "has no @data line after its @attribute lines");
  }

  private static void attribute(Path file, long line, String rest, List<String> names,
      Map<String, ColumnType> types, Map<String, List<String>> nominal) {
    String name;
    String type;
    char q = rest.isEmpty() ? ' ' : rest.charAt(0);
    if (q == '\'' || q == '"') {
      int end = rest.indexOf(q, 1);
      if (end < 0) {
        throw DatasetException.at(file, line, "the attribute name's quote is never closed");
      }
      name = rest.substring(1, end);
      type = rest.substring(end + 1).strip();
    } else {
      String[] parts = rest.split("\\s+", 2);
      name = parts[0];
      type = parts.length > 1 ? parts[1].strip() : "";
    }
    names.add(name);
    String lower = type.toLowerCase(Locale.ROOT);
    if (type.startsWith("{") && type.endsWith("}")) {
      nominal.put(name, nominalValues(type.substring(1, type.length() - 1)));
      types.put(name, ColumnType.CATEGORICAL);
    } else if (lower.equals("numeric") || lower.equals("real") || lower.equals("integer")) {
      types.put(name, ColumnType.NUMERIC);
    } else if (lower.equals("string")) {
      types.put(name, ColumnType.CATEGORICAL);
    } else {
      throw DatasetException.at(file, line, name, "attribute type '" + type + "' is not"
          + " supported; use numeric, real, integer, string or a nominal {a, b, ...}");
    }
  }

  private static List<String> nominalValues(String inner) {
    List<String> values = new ArrayList<>();
    for (String v : inner.split(",")) {
      String s = v.strip();
      if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')
          && s.charAt(s.length() - 1) == s.charAt(0)) {
        s = s.substring(1, s.length() - 1);
      }
      values.add(s);
    }
    return values;
  }
}
