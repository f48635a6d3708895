package org.greenautoml.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The smoke mode of the comparison suite, as CI runs it: credit-g, one seed, 0.01 g CO2e per
 * method; every method runs once and the three reports are written.
 */
final class ComparisonSuiteSmokeTest {

  private static SuiteResult result;

  @TempDir static Path out;

  @BeforeAll
  static void runSmoke() throws Exception {
    BenchmarkSuite command = new BenchmarkSuite();
    new CommandLine(command).parseArgs(
        "--smoke", "--shared", System.getProperty("greenautoml.shared", "../shared"));
    result = new ComparisonSuite(command.settings()).run();
    BenchmarkSuite.write(result, out);
  }

  @Test
  void run_smoke_everyMethodSpendsWithinTheBudgetAndScoresWhatReachedFullFidelity() {
    assertThat(result.figures()).hasSize(Method.values().length);
    for (RunFigures f : result.figures()) {
      MethodRun run = f.run();
      assertThat(run.spentKgCO2e()).as(run.method().cliName()).isLessThanOrEqualTo(run.budgetKgCO2e() * 1.05);
      assertThat(run.trials()).as(run.method().cliName()).isPositive();
      if (run.topTrials().isEmpty()) {
        assertThat(run.bestTestAccuracy()).as(run.method().cliName()).isNaN();
        assertThat(f.hypervolume()).isZero();
      } else {
        assertThat(run.bestTestAccuracy()).as(run.method().cliName()).isBetween(0.5, 1.0);
        assertThat(f.hypervolume()).isBetween(0.0, 1.21);
      }
    }
  }

  @Test
  void run_smoke_cumulativeEnergyRisesInFinishOrderAndEndsWithinTheSpend() {
    for (RunFigures f : result.figures()) {
      double[] cumulative = f.run().topTrials().stream().mapToDouble(TopTrial::cumulativeKWh).toArray();
      if (cumulative.length == 0) {
        continue;
      }
      assertThat(cumulative).isSorted();
      assertThat(cumulative[cumulative.length - 1]).isLessThanOrEqualTo(f.run().spentKWh());
    }
  }

  @Test
  void run_smoke_gridReachesItsOwnTargetAndEstimatesMoreThanItSpent() {
    RunFigures grid = result.of("credit-g", Method.GRID).get(0);
    assertThat(grid.run().topTrials()).isNotEmpty();
    assertThat(grid.kWhToGridTarget()).isLessThanOrEqualTo(grid.run().spentKWh());
    assertThat(grid.gridFullKWh()).isGreaterThan(grid.run().spentKWh());
  }

  @Test
  void write_smoke_writesTableCsvAndHtml() throws Exception {
    String table = Files.readString(out.resolve("comparison.md"));
    assertThat(table).contains("| credit-g | mo-asha |").contains("Goals");
    List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
    assertThat(csv).hasSize(1 + Method.values().length);
    assertThat(csv.get(0).split(",")).hasSize(CsvReport.HEADER.size());
    String html = Files.readString(out.resolve("comparison.html"));
    assertThat(html).contains("<svg").contains("<polyline").contains("mo-asha");
  }

  @Test
  void byName_unknownMethod_listsTheKnownOnes() {
    assertThatThrownBy(() -> Method.byName("bayes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.join(", ", Arrays.stream(Method.values()).map(Method::cliName).toList()));
  }
}
