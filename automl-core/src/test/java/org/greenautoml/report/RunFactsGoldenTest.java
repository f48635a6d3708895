package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.greenautoml.FixedResults;
import org.greenautoml.Golden;
import org.greenautoml.SearchResult;
import org.greenautoml.TestScores;
import org.greenautoml.TestSet;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.execute.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run facts ({@code run.json}) against golden files: version 3 written, versions 1 to 3 read
 * back into a {@link SearchResult}.
 */
final class RunFactsGoldenTest {

  @TempDir Path dir;

  @Test
  void writeRunFacts_fixedResult_matchesGoldenFile() throws IOException {
    Path file = RunReports.writeRunFacts(result(), dir);
    Golden.assertMatches(Files.readString(file, StandardCharsets.UTF_8), getClass(), "run-v3.json");
  }

  @Test
  void read_versionThreeGoldenFile_givesTheResultBack() throws IOException {
    SearchResult read = read("run-v3.json");
    assertThat(read.front()).extracting(TrialRecord::id).containsExactly(1, 0);
    assertThat(read.stopReason()).isEqualTo(StopReason.BUDGET);
    assertThat(read.trials().get(1).testScores()).contains(new TestScores(0.9, 0.85));
    assertThat(read.provenance().testSet())
        .contains(new TestSet("iris-test.csv", "sha256:cd34", 38));
    assertThat(read.gridConfigurations()).containsExactly(Map.entry("xgboost", 729L));
    assertThat(read.provenance().intensity().gramsCO2ePerKWh()).isEqualTo(400.0);
    RunFactsJson.write(read, dir.resolve("again.json"));
    assertThat(Files.readString(dir.resolve("again.json"), StandardCharsets.UTF_8))
        .isEqualTo(Golden.text(getClass(), "run-v3.json"));
  }

  @Test
  void read_versionTwoGoldenFile_readsTheStopReasonFromItsWords() throws IOException {
    SearchResult read = read("run-v2.json");
    assertThat(read.stopReason()).isEqualTo(StopReason.BUDGET);
    assertThat(read.trials().get(1).testScores()).contains(new TestScores(0.9, 0.85));
    RunFactsJson.write(read, dir.resolve("again.json"));
    assertThat(Files.readString(dir.resolve("again.json"), StandardCharsets.UTF_8))
        .isEqualTo(Golden.text(getClass(), "run-v3.json"));
  }

  @Test
  void read_versionOneGoldenFile_hasNoTestScores() throws IOException {
    SearchResult read = read("run-v1.json");
    assertThat(read.trials()).allSatisfy(t -> assertThat(t.testScores()).isEmpty());
    assertThat(read.provenance().testSet()).isEmpty();
    assertThat(read.front()).extracting(TrialRecord::id).containsExactly(1, 0);
    assertThat(read.provenance().datasetName()).isEqualTo("iris.csv");
    assertThat(read.budget().machineCharges()).isEmpty();
  }

  @Test
  void read_unknownStopReason_isRefusedWithTheField() throws IOException {
    Path file = dir.resolve("run.json");
    Files.writeString(file, Golden.text(getClass(), "run-v3.json")
        .replace("\"BUDGET\"", "\"TIRED\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RunFactsJson.read(file, journalTrials()))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("facts.stop_reason must be a stop reason's name")
        .hasMessageContaining("TIRED");
  }

  private SearchResult read(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Golden.text(getClass(), name), StandardCharsets.UTF_8);
    return RunFactsJson.read(file, journalTrials()).build();
  }

  /** The trials as the journal holds them: no test scores. */
  private static List<TrialRecord> journalTrials() {
    return List.of(FixedResults.trial(0, 0.8, 1e-6, 1e-7), FixedResults.trial(1, 0.95, 1e-5, 1e-6));
  }

  /** Two front trials, the more accurate first, one scored on a test set. */
  static SearchResult result() {
    TrialRecord cheap = FixedResults.trial(0, 0.8, 1e-6, 1e-7);
    TrialRecord accurate = FixedResults.trial(1, 0.95, 1e-5, 1e-6)
        .withTestScores(new TestScores(0.9, 0.85));
    SearchResult result = FixedResults.of(List.of(cheap, accurate), List.of(accurate, cheap));
    return result.toBuilder()
        .provenance(
            result.provenance().withTestSet(new TestSet("iris-test.csv", "sha256:cd34", 38)))
        .build();
  }
}
