package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzzes {@link TabularReader} (CSV, gzipped CSV, ARFF) with arbitrary bytes written to a file:
 * the only acceptable failure is a {@link DatasetException} with a message, and a table that is
 * read must be internally consistent. Regression inputs live in {@code
 * TabularReaderFuzzTestInputs/}; {@code mvn -Pfuzz verify} fuzzes for the annotation's duration
 * (docs/fuzzing.md).
 */
final class TabularReaderFuzzTest {

  private static final String[] FORMATS = {"csv", "arff", "csv.gz", "raw.csv.gz"};
  private static final Path DIRECTORY = temporaryDirectory();

  @DictionaryEntries({
    "@relation", "@attribute", "@data", "numeric", "real", "integer", "string", "{", "}", "'", ",",
    "?", "NA", "NaN", "Infinity", "-inf", "1e308", "%"
  })
  @FuzzTest(maxDuration = "30s")
  void read_arbitraryBytes_failsOnlyWithDatasetException(FuzzedDataProvider data) {
    String format = data.pickValue(FORMATS);
    boolean nonFiniteAsMissing = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    String extension = format.startsWith("raw.") ? format.substring(4) : format;
    Path file = DIRECTORY.resolve("input." + extension);
    write(file, format.equals("csv.gz") ? gzip(bytes) : bytes);
    TabularReader reader = TabularReader.builder().nonFiniteAsMissing(nonFiniteAsMissing).build();
    TabularData table;
    try {
      table = reader.read(file);
    } catch (DatasetException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(table.labelIndices()).hasSize(table.rowCount());
    for (int row = 0; row < table.rowCount(); row++) {
      assertThat(table.classes()).contains(table.label(row));
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Path temporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("tabular-reader-fuzz");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
