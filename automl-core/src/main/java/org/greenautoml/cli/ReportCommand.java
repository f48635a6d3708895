package org.greenautoml.cli;

import java.nio.file.Path;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.greenautoml.report.RunReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code greenautoml report DIR}: re-renders a run's report from its journal and run.json. */
@Command(
    name = "report",
    description = {
      "Re-render a run's report (report.json, trials.csv, report.html) from its journal.",
      "The trials are replayed from DIR/journal.jsonl; provenance, energy context, budget and"
          + " front come from DIR/run.json, written by fit."
    },
    footer = {"", "Example:", "  greenautoml report greenautoml-out"})
final class ReportCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "DIR", description = "A run directory written by fit.")
  Path directory;

  @Override
  int run() throws Exception {
    RunReport report = RunReports.fromRunDirectory(directory);
    for (Path written : ReportWriter.write(report, directory)) {
      out().println(written);
    }
    return 0;
  }
}
