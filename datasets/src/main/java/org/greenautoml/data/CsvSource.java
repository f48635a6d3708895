package org.greenautoml.data;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads RFC 4180 CSV (https://www.rfc-editor.org/rfc/rfc4180) through FastCSV's strict parser
 * (https://fastcsv.org) and maps its failures to {@link DatasetException}. Each record's fields
 * reach the {@link TableAssembler} as char ranges of a {@link FieldRow}; field counts are checked
 * by the assembler, not by FastCSV, so that a ragged row gets the assembler's message.
 */
final class CsvSource {

  private static final Pattern RECORD_LINE =
      Pattern.compile("(?:record starting at line|record that started in line) (\\d+)");
  private static final Pattern AFTER_QUOTE =
      Pattern.compile("character after closing quote: '(.)'", Pattern.DOTALL);
  private static final Pattern BUFFER_SIZE = Pattern.compile("maximum buffer size of (\\d+)");

  private CsvSource() {}

  static TableChunks read(Path file, boolean gzip, TabularReader.Settings settings) {
    try (Reader reader = open(file, gzip);
        CsvReader<FieldRow> csv = strict().build(new RowHandler(false), reader)) {
      Iterator<FieldRow> rows = csv.iterator();
      if (!next(file, rows, 0, '"')) {
        throw DatasetException.at(file, "is empty; a header row and at least one data row are"
            + " needed");
      }
      FieldRow first = rows.next();
      TableAssembler table = new TableAssembler(file, first.line(), header(first), settings,
          Map.of(), Map.of());
      while (next(file, rows, 0, '"')) {
        FieldRow row = rows.next();
        table.add(row, row.line());
      }
      return table.finish(file.getFileName().toString());
    } catch (IOException e) {
      throw DatasetException.at(file, "could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * A FastCSV builder that rejects what RFC 4180 rejects (text after a closing quote, a quote
   * never closed), skips empty lines, knows no comments and leaves field counts to the caller.
   */
  static CsvReader.CsvReaderBuilder strict() {
    return CsvReader.builder()
        .allowExtraCharsAfterClosingQuote(false)
        .allowUnclosedQuote(false)
        .skipEmptyLines(true)
        .commentStrategy(CommentStrategy.NONE)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
  }

  /**
   * Whether the parser has another record; its failures become a {@link DatasetException}, with
   * {@code lineOffset} added to the parser's line numbers and {@code quote} the quote character.
   */
  static boolean next(Path file, Iterator<FieldRow> rows, long lineOffset, char quote) {
    try {
      return rows.hasNext();
    } catch (UncheckedIOException e) {
      throw translate(file, e.getCause());
    } catch (CsvParseException e) {
      throw translate(file, e, lineOffset, quote);
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

  /** Maps a failure to read characters (decoding, line length, gzip) to a message. */
  static DatasetException translate(Path file, IOException e) {
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
    if (e instanceof ZipException) {
      return DatasetException.at(file, "could not be read: the compressed data is corrupt ("
          + e.getMessage() + ")", e);
    }
    return DatasetException.at(file, "could not be read: " + e.getMessage(), e);
  }

  /**
   * Maps FastCSV's parse errors, which name the line the record starts on, to the reader's
   * sentences; {@code lineOffset} is added to that line (ARFF parses its data section alone), and
   * {@code quote} is the file's quote character.
   */
  static DatasetException translate(Path file, CsvParseException e, long lineOffset,
      char quote) {
    String message = String.valueOf(e.getMessage());
    Matcher at = RECORD_LINE.matcher(message);
    long line = (at.find() ? Long.parseLong(at.group(1)) : 1) + lineOffset;
    Matcher buffer = BUFFER_SIZE.matcher(message);
    boolean overflow = buffer.find();
    if (overflow || message.startsWith("Unclosed quoted field")) {
      String reach = overflow ? " within " + buffer.group(1) + " characters" : "";
      return DatasetException.at(file, line, "a quoted value that starts on this line is never"
          + " closed" + reach + " (unbalanced quote)", e);
    }
    Matcher stray = AFTER_QUOTE.matcher(message);
    if (stray.find()) {
      return DatasetException.at(file, line, "text ('" + stray.group(1) + "') follows a closing"
          + " quote before the next separator in the record that starts on this line (a stray or"
          + " unescaped quote; write " + quote + quote + " for a quote inside a value)", e);
    }
    Throwable cause = e.getCause();
    return DatasetException.at(file, line, "could not be parsed: " + message
        + (cause == null ? "" : " (" + cause + ")"), e);
  }

  private static List<String> header(FieldRow row) {
    List<String> names = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      names.add(row.string(i));
    }
    names.set(0, stripBom(names.get(0)));
    return names;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
