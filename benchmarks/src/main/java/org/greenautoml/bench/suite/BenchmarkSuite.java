package org.greenautoml.bench.suite;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.greenautoml.errors.GreenAutoMLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The comparison suite's command: runs grid search, random search, successive halving, Hyperband,
 * single-objective ASHA and the default multi-objective ASHA side by side on the same splits and
 * budget, and writes {@code comparison.md}, {@code comparison.csv} and {@code comparison.html}.
 *
 * <p>Run it with {@code scripts/bench.sh [options]} (the launcher is {@code
 * org.greenautoml.bench.cli.BenchmarkSuiteMain}); {@code --smoke} runs one small dataset, one
 * seed and a small budget.
 */
@Command(
    name = "greenautoml-bench",
    mixinStandardHelpOptions = true,
    description = "Compares search methods on real datasets under one carbon budget.")
public final class BenchmarkSuite implements Callable<Integer> {

  @Option(names = "--shared", description = "The shared folder with datasets/MANIFEST.tsv (default: ${DEFAULT-VALUE}).")
  Path shared = Path.of(System.getProperty("greenautoml.shared", "../shared"));

  @Option(names = "--datasets", split = ",", description = "Manifest names (default: the eight of issue 10).")
  List<String> datasets = SuiteSettings.DEFAULT_DATASETS;

  @Option(names = "--seeds", split = ",", description = "Seeds of the splits and searches (default: ${DEFAULT-VALUE}).")
  List<Long> seeds = List.of(1L, 2L, 3L);

  @Option(names = "--methods", split = ",", description = "Methods: grid, random, sh, hyperband, asha, mo-asha (default: all).")
  List<String> methods = Arrays.stream(Method.values()).map(Method::cliName).toList();

  @Option(names = "--budget-g", description = "Carbon budget per method and dataset in g CO2e (default: ${DEFAULT-VALUE}).")
  double budgetGrams = 0.05;

  @Option(names = "--workers", description = "Trials each search runs at once (default: ${DEFAULT-VALUE}).")
  int workers = 2;

  @Option(names = "--time-limit-s", description = "Safety limit on one search's wall time (default: ${DEFAULT-VALUE}).")
  long timeLimitSeconds = 600;

  @Option(names = "--test-fraction", description = "Fraction of rows held out for testing (default: ${DEFAULT-VALUE}).")
  double testFraction = 0.2;

  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target", "bench");

  @Option(names = "--smoke", description = "One small dataset (credit-g), one seed, 0.01 g CO2e.")
  boolean smoke;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The settings the options describe. */
  public SuiteSettings settings() {
    Path manifest = shared.resolve("datasets").resolve("MANIFEST.tsv");
    List<Method> chosen = methods.stream().map(Method::byName).toList();
    if (smoke) {
      return new SuiteSettings(manifest, List.of("credit-g"), List.of(1L), chosen, 1e-5,
          workers, Duration.ofSeconds(timeLimitSeconds), testFraction);
    }
    return new SuiteSettings(manifest, datasets, seeds, chosen, budgetGrams / 1000, workers,
        Duration.ofSeconds(timeLimitSeconds), testFraction);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SuiteResult result;
    try {
      result = new ComparisonSuite(settings()).run(partial -> writeQuietly(partial, out));
    } catch (IllegalArgumentException | GreenAutoMLException e) {
      err.println("greenautoml-bench: " + e.getMessage());
      return 2;
    }
    write(result, out);
    spec.commandLine().getOut().print(MarkdownReport.of(result));
    spec.commandLine().getOut().println("Wrote comparison.md, comparison.csv, comparison.html to " + out);
    return 0;
  }

  private static void writeQuietly(SuiteResult partial, Path folder) {
    try {
      write(partial, folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the partial results to " + folder, e);
    }
  }

  /** Writes the Markdown table, the raw CSV and the HTML curves into {@code folder}. */
  public static void write(SuiteResult result, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("comparison.md"), MarkdownReport.of(result), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("comparison.csv"), CsvReport.of(result), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("comparison.html"), HtmlCurves.of(result), StandardCharsets.UTF_8);
  }
}
