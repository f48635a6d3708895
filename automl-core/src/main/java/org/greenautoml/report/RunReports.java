package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import org.greenautoml.energy.carbon.CarbonAccountant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.BudgetStatement;
import org.greenautoml.Provenance;
import org.greenautoml.SearchResult;
import org.greenautoml.TestScores;
import org.greenautoml.TrialRecord;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.search.execute.StopReason;

/**
 * Builds the {@link RunReport} of a search (design notes, step 8): every trial as a {@link
 * TrialRow}, the front, the provenance, the energy context, the
 * budget with an estimate of grid search over the same space ({@link GridSearchEstimate}), and
 * what the run's energy would have emitted in {@link #COMPARISON_REGIONS}.
 *
 * <p>Two ways in, one assembly: {@link #from(SearchResult)} right after a search, and
 * {@link #fromRunDirectory(Path)} later, from the result {@link #load} rebuilds from the journal's
 * trials and the {@value #RUN_JSON} that {@link #writeRunFacts} saved. Both give the same report for the same run. Stateless and
 * thread-safe.
 */
public final class RunReports {

  /** The file, beside the journal, that holds what the report needs beyond the trials. */
  public static final String RUN_JSON = "run.json";

  /** The file, beside the journal, that holds the carbon-aware timing of a search with a series. */
  public static final String TIMING_JSON = "carbon-timing.json";

  /** The search journal's file name in a run directory. */
  public static final String JOURNAL = "journal.jsonl";


  /** The regions of the "same energy elsewhere" comparison, low- and high-carbon grids. */
  public static final List<String> COMPARISON_REGIONS =
      List.of("NO", "FR", "WORLD", "US", "DE", "PL", "IN");

  private RunReports() {}

  /**
   * The report of {@code result}; its grid-search estimate covers the families the search
   * applied ({@link SearchResult#gridConfigurations()}), custom ones included.
   */
  public static RunReport from(SearchResult result) {
    requireNonNull(result, "result must not be null");
    Provenance p = result.provenance();
    Optional<TimingReport> timing = result.carbonTimeline().map(TimingReport::of);
    double pue = p.pue().value();
    double kgPerKWh = p.kgCO2ePerKWh();
    Map<Integer, TestScores> scores = new LinkedHashMap<>();
    result.trials().forEach(t -> t.testScores().ifPresent(s -> scores.put(t.id(), s)));
    List<Integer> front = result.front().stream().map(TrialRecord::id).toList();
    List<TrialRow> rows = TrialRows.of(result.trials(), new HashSet<>(front),
        id -> timing.map(t -> t.trials().get(id))
            .map(t -> CarbonAccountant.kgCO2eOf(1.0, pue, t.gramsPerKWh()))
            .orElse(kgPerKWh),
        p.intensity().regionCode(), p.rows(), scores);
    BudgetStatement budget = result.budget();
    GridSearchEstimate grid =
        GridSearchEstimate.of(result.gridConfigurations(), rows, budget.spentKWh());
    return new RunReport(RunReport.SCHEMA_VERSION, p, budget, result.stopReason(), grid, rows,
        front, regionComparison(budget.spentKWh(), pue), timing);
  }

  /**
   * Writes {@value #RUN_JSON} for {@code result} into {@code runDirectory}, so that {@link
   * #fromRunDirectory} can rebuild the report from the journal later.
   */
  static Path writeRunFacts(SearchResult result, Path runDirectory) throws IOException {
    requireNonNull(runDirectory, "run directory must not be null");
    Files.createDirectories(runDirectory);
    Path file = runDirectory.resolve(RUN_JSON);
    RunFactsJson.write(requireNonNull(result, "result"), file);
    return file;
  }

  /**
   * The report of the run saved in {@code runDirectory}: the trials replayed from its {@value
   * #JOURNAL}, the rest from its {@value #RUN_JSON}.
   *
   * @throws NoSuchFileException if either file is missing
   * @throws ReportFormatException if either file cannot be read
   */
  public static RunReport fromRunDirectory(Path runDirectory) throws IOException {
    return from(load(runDirectory));
  }

  /**
   * The result saved in {@code runDirectory}, as {@link SearchResult#load} gives it.
   *
   * @throws NoSuchFileException if the journal or {@value #RUN_JSON} is missing
   * @throws ReportFormatException if either cannot be read, or they disagree
   */
  public static SearchResult load(Path runDirectory) throws IOException {
    return RunLoader.load(requireNonNull(runDirectory, "run directory must not be null"));
  }

  /**
   * Writes the carbon-aware timing of {@code result}, when it has one, as {@value #TIMING_JSON}
   * into {@code runDirectory}, so that {@link #fromRunDirectory} can re-render it.
   */
  static void writeTiming(SearchResult result, Path runDirectory) throws IOException {
    Path file = runDirectory.resolve(TIMING_JSON);
    if (result.carbonTimeline().isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    com.fasterxml.jackson.databind.ObjectMapper mapper = ReportWriter.mapper();
    AtomicFiles.write(runDirectory, TIMING_JSON, out -> {
      mapper.writeValue(out, TimingReport.of(result.carbonTimeline().get()).toJson());
      out.write('\n');
    });
  }

  static Optional<TimingReport> readTiming(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(TimingReport.fromJson(ReportWriter.mapper().readTree(file.toFile())));
    } catch (IllegalArgumentException | java.time.DateTimeException
        | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ReportFormatException(file, e.getMessage(), e);
    }
  }

  static List<RegionEmission> regionComparison(double kWh, double pue) {
    List<RegionEmission> regions = new ArrayList<>();
    for (String code : COMPARISON_REGIONS) {
      CarbonIntensity ci = CarbonRegions.bundled().lookup(code);
      regions.add(new RegionEmission(ci.regionCode(), ci.regionName(),
          CarbonAccountant.kgCO2eOf(kWh, pue, ci.gramsCO2ePerKWh()) * CarbonAccountant.GRAMS_PER_KG,
          ci.source(), ci.year()));
    }
    return regions;
  }

  /** The stop reason in words, as the report shows it. */
  public static String describe(StopReason reason) {
    return switch (reason) {
      case CONVERGED -> "converged: the front stopped improving";
      case BUDGET -> "budget exhausted";
      case TIME_LIMIT -> "time limit reached";
      case TRIAL_LIMIT -> "trial limit reached";
      case SPACE_EXHAUSTED -> "search space exhausted";
      case GATE_CLOSED -> "no clean enough hour left in the intensity series before its end or the deadline";
    };
  }
}
