package org.greenautoml.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.GreenAutoML;
import org.greenautoml.ClusterSettings;
import org.greenautoml.Isolation;
import org.greenautoml.SamplerKind;
import org.greenautoml.SchedulerKind;
import org.greenautoml.SearchObjective;
import org.greenautoml.SearchResult;
import org.greenautoml.SearchSettings;
import org.greenautoml.search.journal.JournalException;
import org.greenautoml.search.journal.JournalMismatchException;
import org.greenautoml.search.portfolio.Portfolio;
import org.greenautoml.search.portfolio.PortfolioJson;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;
import org.greenautoml.report.RunReports;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code greenautoml fit}: searches a table under a carbon budget and writes the run directory:
 * the journal, {@code run.json}, the report (JSON, CSV, HTML), {@code emissions.csv} and the
 * front's models.
 */
@Command(
    name = "fit",
    description = {
      "Search model families and hyperparameters under a carbon budget, and write the report.",
      "Without --data it runs on the bundled demo dataset (breast-cancer-wisconsin, 569 rows,"
          + " target 'class') with a budget of " + FitCommand.DEMO_BUDGET_G + " g CO2e."
    },
    sortOptions = false,
    footer = {
      "",
      "Writes into --out: journal.jsonl, run.json, report.json, trials.csv, report.html,"
          + " emissions.csv (CodeCarbon format) and models/trial-N.tribuo for the front.",
      "",
      "Examples:",
      "  greenautoml fit",
      "  greenautoml fit --data wine.csv --target class --budget-g 0.5 --region FR --out wine-run",
      "  greenautoml fit --data train.csv --target y --budget-kg 0.002 --test test.csv"
          + " --scheduler hyperband --families xgboost,logistic",
      "  greenautoml fit --data train.csv --target y --budget-g 1 --out run --resume",
      "  greenautoml fit --data train.csv --target y --budget-g 1 --intensity-series gb.csv"
          + " --pause-above 150 --start-at 2023-03-14T15:00:00Z --time-limit 2h"
    })
final class FitCommand extends CliCommand {

  /** The budget of a demo run (no --data), in g CO2e. */
  static final double DEMO_BUDGET_G = 0.05;

  /** The fewest training rows the automatic lowest fidelity leaves at the lowest rung. */
  static final int MIN_ROWS = 24;

  /** The demo dataset, a resource of this jar. */
  static final String DEMO_RESOURCE = "/org/greenautoml/demo/breast-cancer-wisconsin.csv";

  @Option(names = "--data", paramLabel = "FILE", description = "The table: CSV, CSV.gz or ARFF.")
  Path data;

  @Option(names = "--target", paramLabel = "COL", description = "The column to predict.")
  String target;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Budget budget;

  static final class Budget {
    @Option(names = "--budget-g", paramLabel = "G", required = true,
        description = "The carbon budget in grams CO2e.")
    Double grams;

    @Option(names = "--budget-kg", paramLabel = "KG", required = true,
        description = "The carbon budget in kilograms CO2e.")
    Double kilograms;

    double kgCO2e() {
      return grams != null ? grams / 1000.0 : kilograms;
    }
  }

  @Mixin
  SiteOptions site;

  @Option(names = "--machine-share", paramLabel = "F",
      description = "Share of the machine the search holds, in [0, 1], for the static share (idle"
          + " power x wall time, charged to the budget) and the embodied share (default: 1; 0"
          + " leaves both out).")
  Double machineShare;

  @Option(names = "--include-embodied",
      description = "Charge the embodied share (the hardware's manufacturing footprint prorated"
          + " by time and share) to the budget; it is reported either way.")
  boolean includeEmbodied;

  @Option(names = "--scheduler", paramLabel = "NAME", defaultValue = "asha",
      description = "asha, sh, hyperband, random or grid (default: asha).")
  String scheduler;

  @Option(names = "--sampler", paramLabel = "NAME", defaultValue = "tpe",
      description = "What proposes new configurations after the portfolio: tpe or random"
          + " (default: tpe).")
  String sampler;

  @Option(names = "--portfolio", paramLabel = "FILE", hidden = true,
      description = "Advanced: the warm-start portfolio JSON to evaluate first instead of the"
          + " shipped one (benchmarks pass one learned without the dataset: scripts/portfolio.sh"
          + " --held-out).")
  Path portfolio;

  @Option(names = "--cv-rows", paramLabel = "N",
      description = "Cross-validate top-fidelity trials on data of up to N rows (default: 5000;"
          + " 0: never).")
  Integer crossValidationRows;

  @Option(names = "--no-refit", description = "Keep the front's models as the search trained them"
      + " instead of refitting them on training plus validation rows.")
  boolean noRefit;

  @Option(names = "--families", paramLabel = "LIST", split = ",",
      description = "Model families to search, comma-separated (default: all).")
  List<String> families;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SearchSettings.DEFAULT_SEED,
      description = "Seed (default: " + SearchSettings.DEFAULT_SEED + ").")
  long seed;

  @Option(names = "--workers", paramLabel = "N", description = "Trials at once (default: one per core).")
  Integer workers;

  @Option(names = "--max-trials", paramLabel = "N", description = "Stop after this many trials.")
  Integer maxTrials;

  @Option(names = "--objectives", paramLabel = "LIST", split = ",", hidden = true,
      description = "Advanced: what promotion and the front rank on, comma-separated, from"
          + " accuracy, training-energy, inference-energy, model-size (default: the first three)."
          + " 'accuracy' alone makes a one-worker search with --max-trials repeatable exactly.")
  List<String> objectives;

  @Option(names = "--min-fidelity", paramLabel = "F",
      description = "The lowest fidelity of the ladder (default: 1/27, raised to 1/9 or 1/3 when"
          + " the lowest rung would train on fewer than " + MIN_ROWS + " rows).")
  Double minFidelity;

  @Option(names = "--test", paramLabel = "FILE",
      description = "A held-out table to score the front on at the end.")
  Path test;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "greenautoml-out",
      description = "The run directory (default: ./greenautoml-out).")
  Path out;

  @Option(names = "--resume", description = "Continue the search whose journal is in --out.")
  boolean resume;

  @Option(names = "--isolation", paramLabel = "thread|process", defaultValue = "thread",
      description = "Where trials run: threads of this JVM (default), or worker JVMs with a heap"
          + " cap that are killed on out-of-memory, crash, time limit or a spent budget.")
  String isolation;

  @Option(names = "--time-limit", paramLabel = "DURATION",
      description = "Stop starting trials after this long, such as 90m, 2h or PT1H30M (default:"
          + " none). With --pause-above, a search still paused then stops.")
  String timeLimit;

  @Mixin
  CarbonTimingOptions carbon;

  @Override
  int run() throws Exception {
    checkOutputDirectory();
    boolean demo = data == null;
    if (demo && target == null) {
      target = DemoData.TARGET;
    }
    double budgetKg = budgetKgCO2e(demo);
    TabularData table = demo ? DemoData.read(target) : read(data, "--data");
    TabularData held = test == null ? null : read(test, "--test");
    GreenAutoML.Builder engine = engine();
    engine.minFidelity(minFidelity != null ? minFidelity : lowestFidelity(table.rowCount()));
    SearchResult result;
    try (FitProgress progress = FitProgress.open(err(), budgetKg)) {
      engine.progressListener(progress);
      result = search(engine.build(), table, budgetKg);
    }
    if (held != null) {
      result = result.scoredOn(held);
    }
    result.writeTo(out);
    FitSummary.print(out(), out, result);
    if (held != null) {
      FitSummary.printTestScores(out(), result);
    }
    return 0;
  }

  private void checkOutputDirectory() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is a file, not a directory; name a directory (it is"
          + " created if missing)");
    }
    boolean hasJournal = Files.exists(out.resolve(RunReports.JOURNAL));
    if (hasJournal && !resume) {
      throw new UserError(out + " already holds a search (" + RunReports.JOURNAL
          + "): pass --resume to continue it, or choose another --out directory");
    }
    if (!hasJournal && resume) {
      throw new UserError("--resume: " + out + " holds no " + RunReports.JOURNAL + " to resume");
    }
  }

  private double budgetKgCO2e(boolean demo) {
    if (budget != null) {
      return budget.kgCO2e();
    }
    if (demo) {
      return DEMO_BUDGET_G / 1000.0;
    }
    throw new UserError("give the carbon budget with --budget-g G or --budget-kg KG");
  }

  private TabularData read(Path file, String option) throws NoSuchFileException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, option + " names no readable file");
    }
    if (target == null) {
      throw new UserError("name the column to predict with --target COL");
    }
    return TabularReader.builder().target(target).build().read(file);
  }

  private static Portfolio readPortfolio(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "--portfolio names no readable file");
    }
    try {
      return PortfolioJson.readPortfolio(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new UserError("--portfolio " + file + " is not a portfolio: " + e.getMessage());
    }
  }

  private GreenAutoML.Builder engine() throws IOException {
    GreenAutoML.Builder engine = GreenAutoML.builder()
        .scheduler(SchedulerKind.byName(scheduler))
        .sampler(SamplerKind.byName(sampler))
        .refit(!noRefit)
        .region(site.region)
        .seed(seed)
        .outputDirectory(out);
    if (families != null) {
      engine.families(families.stream().map(String::trim).toArray(String[]::new));
    }
    if (portfolio != null) {
      engine.portfolio(readPortfolio(portfolio));
    }
    site.givenPue().ifPresent(engine::pue);
    if (machineShare != null) {
      if (!(machineShare >= 0 && machineShare <= 1)) {
        throw new UserError("--machine-share must be in [0, 1], found " + machineShare);
      }
      engine.machineShare(machineShare);
    }
    if (includeEmbodied) {
      engine.includeEmbodied(true);
    }
    if (workers != null) {
      engine.workers(workers);
    }
    if (maxTrials != null) {
      engine.maxTrials(maxTrials);
    }
    if (crossValidationRows != null) {
      engine.crossValidationRows(crossValidationRows);
    }
    engine.isolation(isolation());
    clusterSettings().ifPresent(engine::cluster);
    if (timeLimit != null) {
      engine.timeLimit(duration("--time-limit", timeLimit));
    }
    carbon.applyTo(engine);
    if (objectives != null) {
      engine.objectives(objectives.stream().map(FitCommand::objective)
          .toArray(SearchObjective[]::new));
    }
    return engine;
  }

  private java.util.Optional<ClusterSettings> clusterSettings() {
    if (site.cluster == null && site.members == null) {
      return java.util.Optional.empty();
    }
    if (site.cluster == null || site.members == null) {
      throw new UserError("--cluster NAME and --members HOST:PORT,... go together");
    }
    try {
      return java.util.Optional.of(ClusterSettings.of(site.cluster, site.members));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** A duration: ISO-8601 ({@code PT1H30M}) or a number with s, m, h or d ({@code 90m}). */
  static java.time.Duration duration(String option, String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("pt") || t.startsWith("p")) {
        return java.time.Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
      }
      long amount = Long.parseLong(t.substring(0, t.length() - 1));
      java.time.Duration d = switch (t.charAt(t.length() - 1)) {
        case 's' -> java.time.Duration.ofSeconds(amount);
        case 'm' -> java.time.Duration.ofMinutes(amount);
        case 'h' -> java.time.Duration.ofHours(amount);
        case 'd' -> java.time.Duration.ofDays(amount);
        default -> throw new NumberFormatException(t);
      };
      if (d.isNegative() || d.isZero()) {
        throw new NumberFormatException(t);
      }
      return d;
    } catch (RuntimeException e) {
      throw new UserError(option + " must be a positive duration such as 90m, 2h or PT1H30M,"
          + " found '" + text + "'");
    }
  }

  private Isolation isolation() {
    return switch (isolation.toLowerCase(java.util.Locale.ROOT)) {
      case "thread" -> Isolation.THREAD;
      case "process" -> Isolation.PROCESS;
      default -> throw new UserError(
          "--isolation must be thread or process, found " + isolation);
    };
  }

  /**
   * The lowest fidelity 1/27, 1/9, 1/3 or 1 whose rung trains on at least {@value #MIN_ROWS} of
   * the about 80% of rows that are training rows (the engine needs 20; the margin covers the
   * stratified split's rounding).
   */
  static double lowestFidelity(int rows) {
    double fidelity = SearchSettings.DEFAULT_MIN_FIDELITY;
    while (fidelity < 1 && rows * (1 - SearchSettings.DEFAULT_VALIDATION_FRACTION) * fidelity
        < MIN_ROWS) {
      fidelity *= SearchSettings.DEFAULT_ETA;
    }
    return Math.min(1.0, fidelity);
  }

  private SearchResult search(GreenAutoML engine, TabularData table, double budgetKg) {
    try {
      return engine.search(table, budgetKg);
    } catch (JournalMismatchException e) {
      throw new UserError(e.getMessage() + " (resume with the same --data, --seed and"
          + " --families)", e);
    } catch (JournalException e) {
      throw new UserError(e.getMessage() + " (the journal is damaged: fit into a new --out)", e);
    }
  }

  private static SearchObjective objective(String name) {
    return switch (name.trim()) {
      case "accuracy" -> SearchObjective.VALIDATION_ACCURACY;
      case "training-energy" -> SearchObjective.TRAINING_ENERGY;
      case "inference-energy" -> SearchObjective.INFERENCE_ENERGY;
      case "model-size" -> SearchObjective.MODEL_SIZE;
      default -> throw new UserError("--objectives: unknown objective '" + name + "'; choose from"
          + " accuracy, training-energy, inference-energy, model-size");
    };
  }
}
