package org.greenautoml.search.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.search.schedule.TrialOutcome;

/** Reads a journal's text into a {@link JournalReplay}, finding where the valid lines end. */
final class JournalReader {

  record Read(JournalReplay replay, long validBytes, boolean hasHeader) {}

  private JournalReader() {}

  static Read read(Path path, String text, SearchHeader expected) {
    String[] lines = text.split("\n", -1);
    Map<Integer, TrialOutcome> outcomes = new LinkedHashMap<>();
    Map<Integer, Double> open = new HashMap<>();
    double interruptedKg = 0;
    int interrupted = 0;
    long validBytes = 0;
    boolean hasHeader = false;
    Optional<String> torn = Optional.empty();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean last = i == lines.length - 1;
      if (last && line.isEmpty()) {
        break;
      }
      JsonNode node = parse(line);
      if (node == null || last) {
        if (last || (i == lines.length - 2 && lines[i + 1].isEmpty() && node == null)) {
          torn = Optional.of(line);
          break;
        }
        throw new IllegalArgumentException(
            "journal " + path + " line " + (i + 1) + " is not valid JSON: " + abbreviate(line));
      }
      String event = node.path("event").asText();
      if (!hasHeader) {
        if (!event.equals("search_started")) {
          throw new IllegalArgumentException(
              "journal " + path + " line 1 must be search_started, found " + abbreviate(line));
        }
        SearchHeader found = JournalCodec.header(node);
        Optional<String> mismatch = expected.mismatch(found);
        if (mismatch.isPresent()) {
          throw new IllegalArgumentException("journal " + path
              + " belongs to another search and cannot be resumed: " + mismatch.get());
        }
        hasHeader = true;
      } else if (event.equals("trial_started")) {
        int id = node.get("trial").get("id").intValue();
        Double previous = open.put(id, node.get("reservedKgCO2e").doubleValue());
        if (previous != null) {
          interrupted++;
          interruptedKg += previous;
        }
      } else if (event.equals("trial_finished") || event.equals("trial_failed")) {
        TrialOutcome outcome = JournalCodec.outcome(node);
        open.remove(outcome.trial().id());
        outcomes.put(outcome.trial().id(), outcome);
      }
      validBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    for (double reserved : open.values()) {
      interrupted++;
      interruptedKg += reserved;
    }
    return new Read(new JournalReplay(outcomes, interrupted, interruptedKg, torn), validBytes,
        hasHeader);
  }

  private static JsonNode parse(String line) {
    try {
      JsonNode node = JournalCodec.MAPPER.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }
}
