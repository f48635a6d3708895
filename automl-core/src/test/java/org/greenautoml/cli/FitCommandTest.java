package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greenautoml.energy.log.EmissionsCsv;
import org.greenautoml.report.ReportReader;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.greenautoml.report.RunReports;
import org.greenautoml.report.TrialRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FitCommandTest {

  @TempDir Path temp;

  @Test
  void fit_demo_writesReportEmissionsAndFrontModels() throws Exception {
    Path run = DemoRun.directory();

    for (String name : List.of("journal.jsonl", "run.json", "report.json", "trials.csv",
        "report.html", "emissions.csv")) {
      assertThat(run.resolve(name)).isRegularFile();
    }
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    assertThat(report.provenance().datasetName()).isEqualTo("breast-cancer-wisconsin.csv");
    assertThat(report.trials()).isNotEmpty();
    assertThat(report.frontTrialIds()).isNotEmpty();
    assertThat(report.provenance().meterMethod().name()).isIn("RAPL", "POWER_MODEL");
    assertThat(report.budget().spentKgCO2e()).isPositive().isLessThanOrEqualTo(1e-5 * 1.05);
    assertThat(report.gridSearch().configurations()).isPositive();
    assertThat(report.gridSearch().kWh().getAsDouble()).isPositive();
    assertThat(report.regionComparison()).extracting(r -> r.regionCode())
        .contains("NOR", "FRA", "WORLD", "POL");
    // full-fidelity models are saved as the search goes (so a resumed search keeps them)
    assertThat(ModelFiles.savedTrialIds(run)).containsAll(report.frontTrialIds());
    List<String> emissions = Files.readAllLines(run.resolve("emissions.csv"));
    assertThat(emissions).hasSize(2);
    assertThat(emissions.get(0)).isEqualTo(String.join(",", EmissionsCsv.COLUMNS) + ","
        + String.join(",", EmissionsCsv.EXTRA_COLUMNS));
    List<String> header = List.of(emissions.get(0).split(","));
    List<String> row = List.of(emissions.get(1).split(",", -1));
    double cpu = Double.parseDouble(row.get(header.indexOf("cpu_energy")));
    double dynamic = Double.parseDouble(row.get(header.indexOf("cpu_dynamic_energy")));
    double stat = Double.parseDouble(row.get(header.indexOf("cpu_static_energy")));
    assertThat(dynamic + stat).isCloseTo(cpu, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(report.provenance().meterDescription()).contains("static share").contains("embodied");
  }

  @Test
  void fit_everyTrial_isInTheReportWithNaNMetricsOnlyWhenNotSucceeded() throws Exception {
    RunReport report = ReportReader.read(DemoRun.directory().resolve(ReportWriter.REPORT_JSON));
    long lines = Files.readAllLines(DemoRun.directory().resolve("journal.jsonl")).stream()
        .filter(l -> l.contains("\"event\":\"trial_finished\"")
            || l.contains("\"event\":\"trial_failed\""))
        .count();
    assertThat(report.trials()).hasSize((int) lines);
    for (TrialRow t : report.trials()) {
      assertThat(t.figures().isPresent()).isEqualTo(t.succeeded());
    }
  }

  @Test
  void report_runDirectory_rerendersIdenticalFiles() throws Exception {
    Path run = DemoRun.directory();
    byte[] json = Files.readAllBytes(run.resolve("report.json"));
    byte[] csv = Files.readAllBytes(run.resolve("trials.csv"));
    byte[] html = Files.readAllBytes(run.resolve("report.html"));

    CliRun report = CliRun.of("report", run.toString());

    assertThat(report.status()).as(report.err()).isZero();
    assertThat(new String(Files.readAllBytes(run.resolve("report.json")), StandardCharsets.UTF_8))
        .isEqualTo(new String(json, StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(run.resolve("trials.csv"))).isEqualTo(csv);
    assertThat(Files.readAllBytes(run.resolve("report.html"))).isEqualTo(html);
  }

  @Test
  void fit_withTestFile_writesEveryFrontMembersTestScoresIntoJsonCsvAndHtml() throws Exception {
    Path run = DemoRun.directory();
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    assertThat(report.provenance().testSet()).hasValueSatisfying(test -> {
      assertThat(test.name()).isEqualTo("breast-cancer-wisconsin.csv");
      assertThat(test.rows()).isEqualTo(569);
      // the demo fit's test file is the demo table itself, so the fingerprints agree
      assertThat(test.fingerprint()).isEqualTo(report.provenance().dataFingerprint());
    });
    List<Integer> saved = ModelFiles.savedTrialIds(run);
    assertThat(report.frontTrials()).isNotEmpty().allSatisfy(t -> {
      assertThat(t.testScores()).as("trial %d", t.id()).isPresent();
      assertThat(saved).contains(t.id());
    });
    assertThat(report.trials().stream().filter(t -> !t.onFront()))
        .allSatisfy(t -> assertThat(t.testScores()).isEmpty());
    List<String> csv = Files.readAllLines(run.resolve(ReportWriter.TRIALS_CSV));
    assertThat(csv.get(0)).contains("test_accuracy,test_balanced_accuracy");
    TrialRow first = report.frontTrials().get(0);
    String accuracy = Double.toString(first.testScores().orElseThrow().accuracy());
    assertThat(csv).anyMatch(line -> line.startsWith(first.id() + ",true,") && line.contains(accuracy));
    String html = Files.readString(run.resolve(ReportWriter.REPORT_HTML));
    assertThat(html).contains("Test acc.", "id=\"test-set\"", "569 held-out rows");
  }

  @Test
  void report_tornJournal_rerendersWithoutChangingTheJournalsBytes() throws Exception {
    Path run = temp.resolve("copy");
    Files.createDirectories(run.resolve("models"));
    try (var files = Files.walk(DemoRun.directory())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, run.resolve(DemoRun.directory().relativize(file).toString()));
      }
    }
    Path journal = run.resolve(RunReports.JOURNAL);
    Files.writeString(journal, "{\"event\":\"trial_started\",\"tri",
        java.nio.file.StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(journal);
    String digest = sha256(before);
    byte[] json = Files.readAllBytes(run.resolve("report.json"));

    CliRun report = CliRun.of("report", run.toString());

    assertThat(report.status()).as(report.err()).isZero();
    assertThat(sha256(Files.readAllBytes(journal))).isEqualTo(digest);
    assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    assertThat(Files.readAllBytes(run.resolve("report.json"))).isEqualTo(json);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void report_directoryWithoutJournal_exitsTwo() {
    CliRun report = CliRun.of("report", temp.toString());
    assertUserError(report, "journal.jsonl");
  }

  @Test
  void fit_missingDataFile_exitsTwoWithOneLine() {
    assertUserError(CliRun.of("fit", "--data", temp.resolve("nope.csv").toString(), "--target",
        "class", "--budget-g", "1", "--out", temp.resolve("o").toString()), "nope.csv");
  }

  @Test
  void fit_unknownTargetColumn_exitsTwoWithOneLine() throws Exception {
    Path csv = DemoRun.csv(temp);
    assertUserError(CliRun.of("fit", "--data", csv.toString(), "--target", "diagnosis",
        "--budget-g", "1", "--out", temp.resolve("o").toString()), "diagnosis");
  }

  @Test
  void fit_unknownRegion_exitsTwoNamingCloseCodes() {
    assertUserError(CliRun.of("fit", "--region", "FRX", "--out", temp.resolve("o").toString()),
        "FRX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.5"})
  void fit_budgetNotPositive_exitsTwo(String grams) {
    assertUserError(CliRun.of("fit", "--budget-g", grams, "--out", temp.resolve("o").toString()),
        "budget");
  }

  @Test
  void fit_budgetNotANumber_exitsTwo() {
    assertUserError(CliRun.of("fit", "--budget-g", "lots"), "lots");
  }

  @Test
  void fit_unknownScheduler_exitsTwoListingSchedulers() {
    assertUserError(CliRun.of("fit", "--scheduler", "bayes", "--out",
        temp.resolve("o").toString()), "asha");
  }

  @Test
  void fit_unknownIsolation_exitsTwoNamingTheChoices() {
    assertUserError(CliRun.of("fit", "--isolation", "container", "--out",
        temp.resolve("o").toString()), "thread or process");
  }

  @Test
  void fit_processIsolation_runsTrialsInWorkerJvmsAndWritesTheReport() {
    Path out = temp.resolve("isolated");
    CliRun run = CliRun.of("fit", "--isolation", "process", "--families", "logistic,cart",
        "--max-trials", "8", "--workers", "2", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(out.resolve(ReportWriter.REPORT_JSON)).isRegularFile();
  }

  @Test
  void fit_unknownFamily_exitsTwoListingFamilies() {
    assertUserError(CliRun.of("fit", "--families", "logistic,deep-forest", "--out",
        temp.resolve("o").toString()), "deep-forest");
  }

  @Test
  void fit_outputHoldsJournalWithoutResume_exitsTwoSayingResume() throws Exception {
    Path out = Files.createDirectories(temp.resolve("o"));
    Files.writeString(out.resolve(RunReports.JOURNAL), "{}\n");
    assertUserError(CliRun.of("fit", "--out", out.toString()), "--resume");
  }

  @Test
  void fit_resumeWithoutJournal_exitsTwo() {
    assertUserError(CliRun.of("fit", "--resume", "--out", temp.resolve("o").toString()),
        "no journal.jsonl");
  }

  @Test
  void lowestFidelity_smallData_raisesTheLowestRung() {
    assertThat(FitCommand.lowestFidelity(569)).isEqualTo(1.0 / 9, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(FitCommand.lowestFidelity(100_000)).isEqualTo(1.0 / 27, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(FitCommand.lowestFidelity(40)).isEqualTo(1.0);
  }

  @Test
  void fit_resumingTheJournalOfAnotherSearch_isAUserErrorWithAHint() throws Exception {
    Path out = temp.resolve("other");
    Files.createDirectories(out);
    Files.copy(DemoRun.directory().resolve("journal.jsonl"), out.resolve("journal.jsonl"));
    assertUserError(CliRun.of("fit", "--budget-g", "0.01", "--seed", "8", "--resume", "--out",
        out.toString()), "belongs to another search");
    assertUserError(CliRun.of("fit", "--budget-g", "0.01", "--seed", "8", "--resume", "--out",
        out.toString()), "resume with the same --data, --seed and --families");
  }

  @Test
  void fit_resumingADamagedJournal_isAUserErrorNamingTheLine() throws Exception {
    Path out = temp.resolve("damaged");
    Files.createDirectories(out);
    List<String> lines = new java.util.ArrayList<>(
        Files.readAllLines(DemoRun.directory().resolve("journal.jsonl")));
    lines.add(1, "{not json");
    Files.write(out.resolve("journal.jsonl"), lines);
    CliRun resumed = CliRun.of("fit", "--budget-g", "0.01", "--seed", "7", "--families",
        "logistic,cart,knn", "--resume", "--out", out.toString());
    assertUserError(resumed, "line 2 is not valid JSON");
    assertThat(resumed.err()).contains("the journal is damaged");
  }

  static void assertUserError(CliRun run, String mentioned) {
    assertThat(run.status()).as("status; out %s err %s", run.out(), run.err()).isEqualTo(2);
    List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).as(run.err()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(run.err()).contains(mentioned).doesNotContain("\tat ").doesNotContain("Exception:");
  }
}
