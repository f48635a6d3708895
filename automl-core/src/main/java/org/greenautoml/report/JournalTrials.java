package org.greenautoml.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.journal.JournalReplay;
import org.greenautoml.search.journal.SearchHeader;
import org.greenautoml.search.journal.SearchJournal;

/**
 * Reads the trials that ended (finished, failed or stopped) from a search's journal, through
 * {@link SearchJournal}'s own replay: the header is taken from the journal's first line, so any
 * journal of this engine can be read. Opening the journal drops a torn last line, as a resumed
 * search would.
 */
final class JournalTrials {

  private JournalTrials() {}

  static List<TrialRecord> read(Path journal) throws IOException {
    SearchHeader header = header(journal);
    JournalReplay replay;
    try (SearchJournal opened = SearchJournal.open(journal, header)) {
      replay = opened.replay();
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(journal, e.getMessage(), e);
    }
    try {
      return replay.outcomes().values().stream().map(TrialRecord::of).toList();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ReportFormatException(journal, "a trial cannot be read: " + e.getMessage(), e);
    }
  }

  private static SearchHeader header(Path journal) throws IOException {
    String first;
    try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
      first = in.readLine();
    }
    if (first == null) {
      throw new ReportFormatException(journal, "the journal is empty", null);
    }
    try {
      JsonNode node = new ObjectMapper().readTree(first);
      if (!"search_started".equals(node.path("event").asText())) {
        throw new ReportFormatException(
            journal, "line 1 must be the search_started event, found " + abbreviate(first), null);
      }
      return SearchHeader.fromJson(node);
    } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
      throw new ReportFormatException(
          journal, "line 1 is not a valid search_started event: " + abbreviate(first), e);
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }
}
