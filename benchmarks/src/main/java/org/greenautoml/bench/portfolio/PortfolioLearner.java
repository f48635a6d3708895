package org.greenautoml.bench.portfolio;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.greenautoml.data.DatasetEntry;
import org.greenautoml.data.DatasetException;
import org.greenautoml.data.DatasetRegistry;
import org.greenautoml.family.Families;
import org.greenautoml.search.portfolio.GreedyPortfolio;
import org.greenautoml.search.portfolio.PerformanceMatrix;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.portfolio.PortfolioJson;
import org.greenautoml.search.space.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Learns the warm-start portfolio offline and writes the two resources the project ships: the
 * performance matrix ({@code benchmarks}: leave-one-dataset-out portfolios are selected from it)
 * and the portfolio learned from every dataset ({@code automl-core}: the engine's default).
 *
 * <p>Candidates are each family's default and {@code --per-family} Sobol points of its space
 * ({@link Candidates}); each is scored on every chosen dataset by {@link DatasetScores} (at most
 * {@code --max-rows} rows, one 75/25 holdout, one thread). The portfolio is auto-sklearn 2.0's
 * greedy selection ({@link GreedyPortfolio}). With {@code --from-matrix} the stored matrix is
 * reused and only the selection runs; with {@code --held-out D} the selection ignores dataset D,
 * which is how a benchmark on D gets its portfolio. Run with {@code scripts/portfolio.sh
 * [options]}.
 */
@Command(
    name = "greenautoml-portfolio",
    mixinStandardHelpOptions = true,
    description = "Scores candidate configurations on the shared datasets and selects the warm-start portfolio.")
public final class PortfolioLearner implements Callable<Integer> {

  private static final System.Logger LOG = System.getLogger(PortfolioLearner.class.getName());

  /** Datasets above these sizes are left out by default (they cost minutes to load and fit). */
  static final int MAX_DATASET_ROWS = 100_000;

  static final int MAX_DATASET_FEATURES = 200;

  @Option(names = "--shared", description = "The shared folder with datasets/MANIFEST.tsv (default: ${DEFAULT-VALUE}).")
  Path shared = Path.of(System.getProperty("greenautoml.shared", "../shared"));

  @Option(names = "--datasets", split = ",", description = "Manifest names (default: every one with at most 100,000 rows and 200 features).")
  List<String> datasets = List.of();

  @Option(names = "--max-rows", description = "Rows each dataset is subsampled to (default: ${DEFAULT-VALUE}).")
  int maxRows = 2000;

  @Option(names = "--per-family", description = "Sobol configurations per family besides its default (default: ${DEFAULT-VALUE}).")
  int perFamily = 3;

  @Option(names = "--size", description = "Most configurations in the portfolio (default: ${DEFAULT-VALUE}).")
  int size = LeaveOneOut.SIZE;

  @Option(names = "--seed", description = "Seed of the candidates, subsamples and splits (default: ${DEFAULT-VALUE}).")
  long seed = 0;

  @Option(names = "--matrix", description = "The performance matrix (default: ${DEFAULT-VALUE}).")
  Path matrixFile = Path.of("benchmarks/src/main/resources/org/greenautoml/bench/portfolio/performance-matrix.json");

  @Option(names = "--portfolio", description = "The portfolio learned from every dataset (default: ${DEFAULT-VALUE}).")
  Path portfolioFile = Path.of("automl-core/src/main/resources/org/greenautoml/family/portfolio.json");

  @Option(names = "--from-matrix", description = "Reuse the stored matrix; only select.")
  boolean fromMatrix;

  @Option(names = "--held-out", split = ",", description = "Datasets whose columns the selection ignores (a leave-one-out portfolio for a benchmark; default: none).")
  Set<String> heldOut = Set.of();

  @Option(names = "--report", description = "Also print how each dataset's leave-one-out portfolio does on it.")
  boolean report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      PerformanceMatrix matrix = fromMatrix
          ? PortfolioJson.readMatrix(Files.readString(matrixFile, StandardCharsets.UTF_8))
          : measure();
      Portfolio portfolio = GreedyPortfolio.select(matrix, size, heldOut);
      write(portfolioFile, PortfolioJson.write(portfolio));
      PrintWriter out = spec.commandLine().getOut();
      out.println("portfolio of " + portfolio.configurations().size() + " learned from "
          + portfolio.learnedFrom().size() + " of the matrix's " + matrix.datasets().size()
          + " datasets and " + matrix.candidates().size() + " candidates, written to "
          + portfolioFile);
      portfolio.configurations().forEach(c -> out.println("  " + c));
      if (report) {
        out.print(LeaveOneOutReport.of(matrix, size));
        out.flush();
      }
      return 0;
    } catch (IllegalArgumentException | DatasetException | IOException | UncheckedIOException e) {
      err.println("greenautoml-portfolio: " + e.getMessage());
      return 2;
    }
  }

  private PerformanceMatrix measure() {
    DatasetRegistry registry =
        DatasetRegistry.fromManifest(shared.resolve("datasets").resolve("MANIFEST.tsv"));
    List<Configuration> candidates = Candidates.of(Families.all(), perFamily, seed);
    List<String> names = new ArrayList<>();
    List<double[][]> columns = new ArrayList<>();
    for (String name : chosen(registry)) {
      long started = System.nanoTime();
      double[][] cells;
      try {
        cells = new DatasetScores(registry.load(name), maxRows, seed).score(candidates);
      } catch (DatasetException tooSmall) {
        LOG.log(Level.WARNING, "skipping {0}: {1}", name, tooSmall.getMessage());
        continue;
      }
      names.add(name);
      columns.add(cells);
      LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "%s: %d candidates in %.1f s", name,
          candidates.size(), (System.nanoTime() - started) / 1e9));
      write(matrixFile, PortfolioJson.write(assemble(candidates, names, columns)));
    }
    return assemble(candidates, names, columns);
  }

  private List<String> chosen(DatasetRegistry registry) {
    if (!datasets.isEmpty()) {
      return datasets;
    }
    return registry.entries().stream()
        .filter(e -> e.rows() <= MAX_DATASET_ROWS && e.features() <= MAX_DATASET_FEATURES)
        .map(DatasetEntry::name)
        .toList();
  }

  private static PerformanceMatrix assemble(
      List<Configuration> candidates, List<String> names, List<double[][]> columns) {
    double[][] accuracy = new double[candidates.size()][names.size()];
    double[][] cpu = new double[candidates.size()][names.size()];
    for (int d = 0; d < names.size(); d++) {
      for (int c = 0; c < candidates.size(); c++) {
        accuracy[c][d] = columns.get(d)[c][0];
        cpu[c][d] = columns.get(d)[c][1];
      }
    }
    return PerformanceMatrix.of(candidates, names, accuracy, cpu);
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
