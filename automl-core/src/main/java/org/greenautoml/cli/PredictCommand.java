package org.greenautoml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.greenautoml.data.DatasetException;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code greenautoml predict}: scores the rows of a CSV with a saved Tribuo or ONNX model and
 * writes one CSV row per input row: the predicted label and one probability per class.
 */
@Command(
    name = "predict",
    description = "Score a CSV with a model file (.tribuo or .onnx, with its sidecar beside it).",
    footer = {
      "",
      "Columns are matched by name; extra columns are ignored. With --target, that column is"
          + " read as the true label and the accuracy is printed on standard error.",
      "",
      "Examples:",
      "  greenautoml predict --model greenautoml-out/knee.onnx --data new.csv --out scores.csv",
      "  greenautoml predict --model greenautoml-out/models/trial-17.tribuo --data test.csv"
          + " --target class"
    })
final class PredictCommand extends CliCommand {

  /** The name of the placeholder label column added to files read without --target. */
  static final String PLACEHOLDER = "__greenautoml_unlabelled__";

  @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file.")
  Path model;

  @Option(names = "--data", paramLabel = "CSV", required = true, description = "The rows to score.")
  Path data;

  @Option(names = "--target", paramLabel = "COL",
      description = "The data's label column, if it has one (its accuracy is printed).")
  String target;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: stdout).")
  Path output;

  @Override
  int run() throws Exception {
    for (Path file : List.of(model, data)) {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
    }
    TabularData rows = read(data, target);
    ModelFiles.Scores scores = ModelFiles.score(model, rows);
    if (output == null) {
      write(scores, out());
      out().flush();
    } else {
      try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        write(scores, writer);
      }
      err().println("greenautoml predict: " + rows.rowCount() + " rows -> " + output);
    }
    if (target != null) {
      printAccuracy(scores, rows, err());
    }
    return 0;
  }

  /**
   * Reads the rows to score. The table reader refuses a label column with fewer than two classes
   * (a training rule), which a file to score may well have, or have no label column at all; so the
   * rows are read through a temporary copy that has a label column ({@value #PLACEHOLDER} when
   * {@code target} is null) and one extra row, a copy of the first with a placeholder label, which
   * is dropped after reading.
   */
  private static TabularData read(Path file, String target) throws IOException {
    Path copy = Files.createTempFile("greenautoml-predict", ".csv");
    try {
      String label = target != null ? target : PLACEHOLDER;
      int rows;
      try {
        rows = copyWithPlaceholder(file, copy, target);
      } catch (CharacterCodingException e) {
        throw notUtf8(file);
      } catch (IllegalArgumentException e) {
        throw new UserError(file + ", line 1: the header cannot be used: " + e.getMessage(), e);
      }
      TabularData read;
      try {
        read = TabularReader.builder().target(label).build().read(copy);
      } catch (DatasetException e) {
        throw new UserError(e.getMessage().replace(copy.toString(), file.toString()), e);
      }
      return read.rows(IntStream.range(0, rows).toArray());
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static int copyWithPlaceholder(Path file, Path copy, String target) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get().parse(in);
        Writer outFile = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(outFile, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      int labelColumn = target == null ? header.size() : header.indexOf(target);
      if (labelColumn < 0) {
        throw new UserError(file + " has no column '" + target + "'; its columns: " + header);
      }
      if (target == null) {
        header.add(PLACEHOLDER);
      }
      printer.printRecord(header);
      List<String> first = null;
      int rows = 0;
      for (CSVRecord record : records(file, parser)) {
        if (record.size() != parser.getHeaderNames().size()) {
          throw new UserError(file + ", line " + parser.getCurrentLineNumber() + ": the row has "
              + record.size() + " fields, the header " + parser.getHeaderNames().size());
        }
        List<String> cells = new ArrayList<>(record.toList());
        if (target == null) {
          cells.add("unlabelled");
        }
        first = first == null ? new ArrayList<>(cells) : first;
        printer.printRecord(cells);
        rows++;
      }
      if (first == null) {
        throw new UserError(file + " has no rows to score");
      }
      first.set(labelColumn, PLACEHOLDER);
      printer.printRecord(first);
      return rows;
    }
  }

  /**
   * The error for a file that is not UTF-8: the table reader's, which names the line and column
   * of the first bad byte (the CSV parser reads ahead, so its position would be wrong).
   */
  private static UserError notUtf8(Path file) {
    try {
      TabularReader.builder().build().read(file);
    } catch (DatasetException e) {
      return new UserError(e.getMessage(), e);
    }
    return new UserError(file + ": contains bytes that are not valid UTF-8; save it as UTF-8");
  }

  /** The parser's records; a parse error becomes a user error naming the file and line. */
  private static Iterable<CSVRecord> records(Path file, CSVParser parser) {
    Iterator<CSVRecord> it = parser.iterator();
    return () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return it.hasNext();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CharacterCodingException) {
            throw notUtf8(file);
          }
          throw new UserError(file + ", line " + (parser.getCurrentLineNumber() + 1) + " or"
              + " after: cannot be parsed as CSV: " + e.getCause().getMessage());
        }
      }

      @Override
      public CSVRecord next() {
        return it.next();
      }
    };
  }

  private static void write(ModelFiles.Scores scores, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    List<String> header = new ArrayList<>(List.of("row", "prediction"));
    scores.classes().forEach(c -> header.add("p_" + c));
    printer.printRecord(header);
    for (int r = 0; r < scores.labels().size(); r++) {
      List<Object> cells = new ArrayList<>(List.of(r, scores.labels().get(r)));
      for (float p : scores.probabilities()[r]) {
        cells.add(p);
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }

  private static void printAccuracy(ModelFiles.Scores scores, TabularData rows, PrintWriter err) {
    int right = 0;
    for (int r = 0; r < rows.rowCount(); r++) {
      if (scores.labels().get(r).equals(rows.label(r))) {
        right++;
      }
    }
    err.printf(Locale.ROOT, "greenautoml predict: accuracy %.2f%% (%d of %d rows)%n",
        100.0 * right / rows.rowCount(), right, rows.rowCount());
  }
}
