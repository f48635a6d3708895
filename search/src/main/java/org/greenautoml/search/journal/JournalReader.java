package org.greenautoml.search.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.greenautoml.search.schedule.Measurements;
import org.greenautoml.search.schedule.TrialOutcome;

/**
 * Reads a journal's text into a {@link JournalReplay}, finding where the valid lines end. Every
 * problem with the text is a {@link JournalException} that names the journal and line.
 */
final class JournalReader {

  /**
   * What the text holds.
   *
   * @param replay the trials and charges
   * @param validBytes how many leading bytes are whole, valid lines
   * @param header the journal's header, when it has a complete first line
   */
  record Read(JournalReplay replay, long validBytes, Optional<SearchHeader> header) {
    boolean hasHeader() {
      return header.isPresent();
    }
  }

  /** What the lines read so far add up to. */
  private static final class State {
    final Map<Integer, TrialOutcome> outcomes = new LinkedHashMap<>();
    final Map<Integer, Double> open = new HashMap<>();
    double interruptedKg;
    int interrupted;
    double overheadJoules;
    double overheadKg;
    SearchHeader header;
  }

  private static final ObjectReader STRICT =
      JournalCodec.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JournalReader() {}

  /**
   * Reads the journal's bytes. Lines are split on the byte {@code \n} and decoded one by one, so
   * that {@link Read#validBytes()} counts the file's own bytes even where a line is not valid UTF-8
   * (decoding replaces such bytes, which changes their length; found by JournalReaderFuzzTest).
   *
   * @param expected the header the journal must have (a resumed search's), or empty to take
   *     the journal's own (a reader's)
   * @param reader reads each trial's measurements
   */
  static Read read(
      Path path, byte[] bytes, Optional<SearchHeader> expected, Measurements.Reader reader) {
    State state = new State();
    long validBytes = 0;
    Optional<String> torn = Optional.empty();
    int start = 0;
    for (int number = 1; start < bytes.length; number++) {
      int end = indexOf(bytes, (byte) '\n', start);
      boolean last = end < 0;
      int stop = last ? bytes.length : end;
      String line = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
      JsonNode node = parse(line);
      if (node == null || last) {
        if (last || (end == bytes.length - 1 && node == null)) {
          torn = Optional.of(line);
          break;
        }
        throw new JournalException(
            "journal " + path + " line " + number + " is not valid JSON: " + abbreviate(line));
      }
      try {
        accept(node, state, expected, reader);
      } catch (JournalMismatchException e) {
        throw new JournalMismatchException("journal " + path + " line " + number + " "
            + e.getMessage() + ": " + abbreviate(line), e);
      } catch (IllegalArgumentException e) {
        throw new JournalException("journal " + path + " line " + number + " "
            + e.getMessage() + ": " + abbreviate(line), e);
      }
      validBytes = end + 1L;
      start = end + 1;
    }
    for (double reserved : state.open.values()) {
      state.interrupted++;
      state.interruptedKg += reserved;
    }
    JournalReplay replay =
        new JournalReplay(state.outcomes, state.interrupted, state.interruptedKg,
            state.overheadJoules, state.overheadKg, torn);
    return new Read(replay, validBytes, Optional.ofNullable(state.header));
  }

  private static void accept(
      JsonNode node, State state, Optional<SearchHeader> expected, Measurements.Reader reader) {
    String event = node.path("event").asText();
    if (state.header == null) {
      if (!event.equals("search_started")) {
        throw new IllegalArgumentException("must be search_started, found " + event);
      }
      SearchHeader found = header(node);
      Optional<String> mismatch = expected.flatMap(e -> e.mismatch(found));
      if (mismatch.isPresent()) {
        throw new JournalMismatchException(
            "belongs to another search, which cannot be resumed: " + mismatch.get());
      }
      state.header = found;
    } else if (event.equals("trial_started")) {
      int id = event(node, JournalCodec::startedTrial, "trial_started").id();
      Double previous = state.open.put(id, event(node, JournalCodec::reserved, "trial_started"));
      if (previous != null) {
        state.interrupted++;
        state.interruptedKg += previous;
      }
    } else if (event.equals("trial_finished") || event.equals("trial_failed")) {
      TrialOutcome outcome = event(node, n -> JournalCodec.outcome(n, reader), event);
      state.open.remove(outcome.trial().id());
      state.outcomes.put(outcome.trial().id(), outcome);
    } else if (event.equals("overhead")) {
      state.overheadJoules += event(node, JournalCodec::overheadJoules, event);
      state.overheadKg += event(node, JournalCodec::overheadKgCO2e, event);
    }
  }

  private static SearchHeader header(JsonNode node) {
    try {
      return JournalCodec.header(node);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not a valid search_started event: " + e.getMessage(), e);
    }
  }

  private static <T> T event(
      JsonNode node, Function<JsonNode, T> decode, String event) {
    try {
      return decode.apply(node);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not a valid " + event + " event: " + e.getMessage(), e);
    }
  }

  private static int indexOf(byte[] bytes, byte value, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** The line's JSON object, or null; text after the object makes the line invalid. */
  private static JsonNode parse(String line) {
    try {
      JsonNode node = STRICT.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }
}
