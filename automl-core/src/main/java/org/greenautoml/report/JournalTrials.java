package org.greenautoml.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.journal.JournalException;
import org.greenautoml.search.journal.JournalReplay;
import org.greenautoml.search.journal.SearchJournal;
import org.greenautoml.trial.TrialMetrics;

/**
 * Reads the trials that ended (finished, failed or stopped) from a search's journal, through
 * {@link SearchJournal#read}, which never writes: a torn last line (a killed search) is skipped
 * and left in the file for a resuming search to repair, so re-rendering a report never changes
 * the journal's bytes.
 */
final class JournalTrials {

  private JournalTrials() {}

  static List<TrialRecord> read(Path journal) throws IOException {
    JournalReplay replay;
    try {
      replay = SearchJournal.read(journal, TrialMetrics.READER).replay();
    } catch (JournalException e) {
      throw new ReportFormatException(journal, e.getMessage(), e);
    }
    try {
      return replay.outcomes().values().stream().map(TrialRecord::of).toList();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ReportFormatException(journal, "a trial cannot be read: " + e.getMessage(), e);
    }
  }
}
