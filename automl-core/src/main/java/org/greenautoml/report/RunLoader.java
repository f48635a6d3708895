package org.greenautoml.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.SearchResult;

/**
 * Loads a run directory as a {@link SearchResult} (behind {@link SearchResult#load}): the trials
 * from the journal, read without writing ({@link JournalTrials}), and the provenance, budget, stop
 * reason, front, grid sizes and test scores from {@value RunReports#RUN_JSON} ({@link
 * RunFactsJson}).
 */
final class RunLoader {

  private RunLoader() {}

  static SearchResult load(Path runDirectory) throws IOException {
    for (String name : List.of(RunReports.JOURNAL, RunReports.RUN_JSON)) {
      if (!Files.isRegularFile(runDirectory.resolve(name))) {
        throw new NoSuchFileException(runDirectory.resolve(name).toString(), null,
            "not a run directory of greenautoml fit (it has no " + name + ")");
      }
    }
    SearchResult.Builder result = RunFactsJson.read(runDirectory.resolve(RunReports.RUN_JSON),
        JournalTrials.read(runDirectory.resolve(RunReports.JOURNAL)));
    try {
      return result.runDirectory(runDirectory)
          .carbonTimeline(RunReports.readTiming(runDirectory.resolve(RunReports.TIMING_JSON))
              .map(TimingReport::toTimeline))
          .build();
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(runDirectory.resolve(RunReports.JOURNAL),
          "its trials do not agree with " + RunReports.RUN_JSON + ": " + e.getMessage(), e);
    }
  }
}
