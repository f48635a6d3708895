package org.greenautoml.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads RFC 4180 CSV through Apache Commons CSV and maps its failures to {@link DatasetException}. */
final class CsvSource {

  static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
  private static final Pattern AT_LINE = Pattern.compile("at line: ([\\d,]+)");

  private CsvSource() {}

  static TabularData read(Path file, boolean gzip, TabularReader.Settings settings) {
    try (Reader reader = open(file, gzip);
        CSVParser parser = CSV.parse(reader)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!next(file, it, parser)) {
        throw DatasetException.at(file, "is empty; a header row and at least one data row are"
            + " needed");
      }
      List<String> header = it.next().toList();
      header.set(0, stripBom(header.get(0)));
      TableAssembler table = new TableAssembler(file, parser.getCurrentLineNumber(), header,
          settings, Map.of(), Map.of());
      readRows(file, it, parser, table, 0);
      return table.finish(file.getFileName().toString());
    } catch (IOException e) {
      throw DatasetException.at(file, "could not be read: " + e.getMessage(), e);
    }
  }

  /** Feeds every remaining record to the table; {@code lineOffset} is added to parser lines. */
  static void readRows(Path file, Iterator<CSVRecord> it, CSVParser parser, TableAssembler table,
      long lineOffset) {
    while (next(file, it, parser, lineOffset)) {
      CSVRecord record = it.next();
      table.add(record.values(), parser.getCurrentLineNumber() + lineOffset);
    }
  }

  private static boolean next(Path file, Iterator<CSVRecord> it, CSVParser parser) {
    return next(file, it, parser, 0);
  }

  private static boolean next(Path file, Iterator<CSVRecord> it, CSVParser parser, long offset) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException e) {
      throw translate(file, e.getCause(), parser.getCurrentLineNumber() + offset, offset);
    }
  }

  /** Opens a file as strict UTF-8 (malformed bytes are an error), gunzipping when asked. */
  static Reader open(Path file, boolean gzip) throws IOException {
    if (Files.size(file) == 0) {
      throw DatasetException.at(file, "is empty (0 bytes); a header row and at least one data"
          + " row are needed");
    }
    InputStream in = Files.newInputStream(file);
    try {
      if (gzip) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (ZipException | EOFException e) {
      in.close();
      throw DatasetException.at(file, "is not a gzip file although its name ends in .gz ("
          + e.getMessage() + ")", e);
    }
    return new LineLimitedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), TabularReader.MAX_LINE_CHARS);
  }

  static DatasetException translate(Path file, IOException e, long line, long offset) {
    if (e instanceof CharacterCodingException) {
      return Utf8Locator.locate(file);
    }
    if (e instanceof LineLimitedReader.LineTooLongException tooLong) {
      return DatasetException.at(file, tooLong.line(), "the line is longer than "
          + TabularReader.MAX_LINE_CHARS + " characters, the reader's limit for one line (is this"
          + " a text table with line breaks?)");
    }
    if (e instanceof EOFException) {
      return DatasetException.at(file, "ends early (" + e.getMessage() + "): the compressed"
          + " file is truncated", e);
    }
    String message = String.valueOf(e.getMessage());
    Matcher m = START_LINE.matcher(message);
    if (message.contains("EOF reached before encapsulated token finished") && m.find()) {
      return DatasetException.at(file, Long.parseLong(m.group(1)) + offset, "a quoted value"
          + " that starts on this line is never closed (unbalanced quote)");
    }
    if (message.contains("between encapsulated token and delimiter")) {
      Matcher at = AT_LINE.matcher(message);
      long where = at.find() ? Long.parseLong(at.group(1).replace(",", "")) + offset : line + 1;
      return DatasetException.at(file, where, "text follows a closing quote before the next"
          + " separator (a stray or unescaped quote; write \"\" for a quote inside a value)");
    }
    return DatasetException.at(file, line + 1, "could not be parsed: " + message);
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
