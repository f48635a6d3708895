package org.greenautoml.search.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.search.space.SpaceJson;

/**
 * Fuzzes the journal reader through {@link SearchJournal#open}: for any bytes in the journal file
 * it either refuses with its documented exceptions ({@link JournalException} for a corrupt
 * journal or one from another search, {@link UncheckedIOException} for I/O) or opens it, and a
 * journal it opened (and possibly trimmed of a torn line) opens again to the same replay. The input
 * may start with this search's own header line, so the fuzzer reaches the event lines. Regression
 * inputs live in {@code JournalReaderFuzzTestInputs/} (docs/fuzzing.md).
 */
final class JournalReaderFuzzTest {

  private static final SearchHeader HEADER =
      new SearchHeader(
          "asha",
          17,
          "sha256:abc",
          SpaceJson.toJson(ParameterSpace.of(DoubleParameter.uniform("x", 0, 1, 0.5))),
          Map.of("workers", 1));
  private static final byte[] HEADER_LINE =
      (JournalCodec.header(HEADER) + "\n").getBytes(StandardCharsets.UTF_8);
  private static final Path DIRECTORY = temporaryDirectory();
  /** Held so that the level sticks: the torn-line warning would flood the fuzzing log. */
  private static final Logger JOURNAL_LOG = quiet(SearchJournal.class.getName());

  @DictionaryEntries({
    "{\"event\":\"trial_started\",\"trial\":",
    "{\"event\":\"trial_finished\",\"trial\":",
    "{\"event\":\"trial_failed\",\"trial\":",
    "{\"id\":0,\"rung\":0,\"fidelity\":1.0,\"bracket\":0,\"configuration\":{\"x\":0.5}}",
    "\"reservedKgCO2e\":",
    "\"status\":\"SUCCEEDED\"",
    "\"status\":\"FAILED\"",
    "\"objectives\":[",
    "\"costKgCO2e\":",
    "\"metrics\":{}",
    "\"reason\":",
    "search_started"
  })
  @FuzzTest(maxDuration = "30s")
  void open_arbitraryJournal_failsOnlyWithDocumentedExceptions(FuzzedDataProvider data) {
    boolean withHeader = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    Path file = DIRECTORY.resolve("journal.jsonl");
    write(file, withHeader ? concat(HEADER_LINE, body) : body);
    JournalReplay first;
    try (SearchJournal journal = SearchJournal.open(file, HEADER)) {
      first = journal.replay();
    } catch (JournalException | UncheckedIOException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    try (SearchJournal again = SearchJournal.open(file, HEADER)) {
      assertThat(again.replay().tornLine()).as("torn line left after trimming").isEmpty();
      assertThat(again.replay().outcomes()).isEqualTo(first.outcomes());
      assertThat(again.replay().interruptedAttempts()).isEqualTo(first.interruptedAttempts());
    }
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + tail.length);
    out.writeBytes(head);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.OFF);
    return logger;
  }

  private static Path temporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("journal-fuzz");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
