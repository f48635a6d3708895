package org.greenautoml.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The suite's table of the engine's default {@code fit} beside the Python peers, read from the CSV
 * that {@code scripts/peers.sh} writes (peers and the engine, one row per dataset, seed and
 * method): writes {@code peers-table.md} (table and goal lines) and {@code peers-table.csv}.
 * Run with {@code scripts/peers-table.sh [options]}.
 */
@Command(
    name = "greenautoml-peers-table",
    mixinStandardHelpOptions = true,
    description = "Puts the engine's fit beside Optuna and scikit-learn, with the goals of issue 18.")
public final class PeerComparison implements Callable<Integer> {

  @Option(names = "--peers", description = "The CSV of scripts/peers.sh (default: ${DEFAULT-VALUE}).")
  Path peers = Path.of("bench-out", "peers", "peers.csv");

  @Option(names = "--datasets", split = ",", description = "Datasets listed first, as 'not run' when the CSV lacks them (default: the suite's eight).")
  List<String> datasets = SuiteSettings.DEFAULT_DATASETS;

  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("bench-out", "peers");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      PeerTable table = new PeerTable(PeerRun.read(peers), datasets);
      String markdown = table.markdown() + "\nGoals:\n\n" + String.join("\n", table.goals()) + "\n";
      Files.createDirectories(out);
      Files.writeString(out.resolve("peers-table.md"), markdown, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("peers-table.csv"), table.csv(), StandardCharsets.UTF_8);
      spec.commandLine().getOut().print(markdown);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      spec.commandLine().getErr().println("greenautoml-peers-table: " + e.getMessage());
      return 2;
    }
  }
}
