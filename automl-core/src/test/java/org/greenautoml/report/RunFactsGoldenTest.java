package org.greenautoml.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run facts ({@code run.json}) against golden files: version 2 written, versions 1 and 2 read. */
final class RunFactsGoldenTest {

  @TempDir Path dir;

  @Test
  void writeRunFacts_fixedResult_matchesGoldenFile() throws IOException {
    Path file = RunReports.writeRunFacts(result(), dir);
    Golden.assertMatches(Files.readString(file, StandardCharsets.UTF_8), getClass(), "run-v2.json");
  }

  @Test
  void read_versionTwoGoldenFile_givesTheFactsBack() throws IOException {
    RunFacts facts = read("run-v2.json");
    assertThat(facts.frontTrialIds()).containsExactly(1, 0);
    assertThat(facts.testScores()).containsExactly(Map.entry(1, new TestScores(0.9, 0.85)));
    assertThat(facts.testSet()).contains(new TestSet("iris-test.csv", "sha256:cd34", 38));
    assertThat(facts.gridConfigurations()).containsExactly(Map.entry("xgboost", 729L));
    assertThat(facts.energy().intensityGramsPerKWh()).isEqualTo(400.0);
    RunFactsJson.write(facts, dir.resolve("again.json"));
    assertThat(Files.readString(dir.resolve("again.json"), StandardCharsets.UTF_8))
        .isEqualTo(Golden.text(getClass(), "run-v2.json"));
  }

  @Test
  void read_versionOneGoldenFile_hasNoTestScores() throws IOException {
    RunFacts facts = read("run-v1.json");
    assertThat(facts.testScores()).isEmpty();
    assertThat(facts.testSet()).isEmpty();
    assertThat(facts.frontTrialIds()).containsExactly(1, 0);
    assertThat(facts.provenance().datasetName()).isEqualTo("iris.csv");
  }

  private RunFacts read(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Golden.text(getClass(), name), StandardCharsets.UTF_8);
    return RunFactsJson.read(file);
  }

  /** Two front trials, the more accurate first, one scored on a test set. */
  static SearchResult result() {
    TrialRecord cheap = FixedResults.trial(0, 0.8, 1e-6, 1e-7);
    TrialRecord accurate = FixedResults.trial(1, 0.95, 1e-5, 1e-6)
        .withTestScores(new TestScores(0.9, 0.85));
    SearchResult result = FixedResults.of(List.of(cheap, accurate), List.of(accurate, cheap));
    return new SearchResult(result.trials(), result.front(), 1.0, result.stopReason(),
        result.budget(),
        result.provenance().withTestSet(new TestSet("iris-test.csv", "sha256:cd34", 38)),
        Map.of(), Map.of(), java.util.Optional.empty(), result.gridConfigurations());
  }
}
