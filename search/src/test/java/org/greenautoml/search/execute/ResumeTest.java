package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.journal.JournalContents;
import org.greenautoml.search.journal.SearchHeader;
import org.greenautoml.search.journal.JournalMismatchException;
import org.greenautoml.search.journal.SearchJournal;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.space.SpaceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ResumeTest {

  private static final long SEED = 17;

  @TempDir Path dir;

  private static SearchHeader header(long seed, String fingerprint) {
    return new SearchHeader("asha", seed, fingerprint, SpaceJson.toJson(BudgetPropertyTest.SPACE),
        Map.of("budgetKgCO2e", 1000.0, "workers", 1));
  }

  private static SearchOutcome search(Path journalPath) {
    try (SearchJournal journal = SearchJournal.open(
        journalPath, header(SEED, "sha256:abc"), SimulatedEvaluator.SimulatedMetrics.READER)) {
      return SearchRunner.builder(
              Schedulers.asha(BudgetPropertyTest.SPACE, BudgetPropertyTest.LADDER, BudgetPropertyTest.LOSS, SEED, 30),
              new SimulatedEvaluator(SEED, 0.01, 0.0), new CarbonLedger(1000.0), new CostPredictor(0.02, 1.5))
          .journal(journal)
          .build()
          .run();
    }
  }

  /** Kills the search at 40 random journal positions (mid-line included) and resumes each. */
  @Test
  void run_resumedFromTruncatedJournals_givesTheSameResultsAsUninterrupted() throws IOException {
    Path full = dir.resolve("full.jsonl");
    SearchOutcome reference = search(full);
    assertThat(reference.stopReason()).isEqualTo(StopReason.SPACE_EXHAUSTED);
    byte[] bytes = Files.readAllBytes(full);
    SplittableRandom random = new SplittableRandom(5);
    int torn = 0;
    for (int i = 0; i < 40; i++) {
      int cut = random.nextInt(bytes.length + 1);
      Path partial = dir.resolve("cut-" + i + ".jsonl");
      Files.write(partial, Arrays.copyOf(bytes, cut));
      SearchOutcome resumed = search(partial);
      assertThat(resumed.outcomes()).as("cut at byte %d", cut).isEqualTo(reference.outcomes());
      assertThat(resumed.stopReason()).isEqualTo(reference.stopReason());
      assertThat(resumed.spentKgCO2e()).isGreaterThanOrEqualTo(reference.spentKgCO2e() - 1e-12);
      torn += cut > 0 && bytes[cut - 1] != '\n' ? 1 : 0;
      SearchOutcome again = search(partial);
      assertThat(again.replayedTrials()).isEqualTo(reference.outcomes().size());
      assertThat(again.outcomes()).isEqualTo(reference.outcomes());
    }
    assertThat(torn).as("some cuts fall mid-line").isGreaterThan(10);
  }

  @Test
  void open_tornLastLine_isDroppedAndReported() throws IOException {
    Path full = dir.resolve("j.jsonl");
    search(full);
    byte[] bytes = Files.readAllBytes(full);
    Files.write(full, Arrays.copyOf(bytes, bytes.length - 7));
    try (SearchJournal journal = SearchJournal.open(full, header(SEED, "sha256:abc"))) {
      assertThat(journal.replay().tornLine()).isPresent();
    }
    List<String> lines = Files.readAllLines(full);
    lines.forEach(line -> assertThat(line).startsWith("{").endsWith("}"));
  }

  @Test
  void open_journalOfAnotherSearch_isRefusedWithTheDifference() {
    Path path = dir.resolve("other.jsonl");
    search(path);
    assertThatThrownBy(() -> SearchJournal.open(path, header(SEED + 1, "sha256:abc")))
        .isInstanceOf(JournalMismatchException.class)
        .hasMessageContaining("belongs to another search")
        .hasMessageContaining("seed 17 in the journal, 18 now");
    assertThatThrownBy(() -> SearchJournal.open(path, header(SEED, "sha256:zzz")))
        .hasMessageContaining("data fingerprint sha256:abc in the journal, sha256:zzz now");
  }

  @Test
  void open_corruptLineBeforeTheEnd_namesTheLine() throws IOException {
    Path path = dir.resolve("corrupt.jsonl");
    search(path);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path));
    lines.set(2, "not json");
    Files.write(path, lines);
    assertThatThrownBy(() -> SearchJournal.open(path, header(SEED, "sha256:abc")))
        .hasMessageContaining("line 3 is not valid JSON");
  }

  @Test
  void journal_everyEventIsOneJsonLine_withStartedFinishedAndPromoted() throws IOException {
    Path path = dir.resolve("events.jsonl");
    SearchOutcome outcome = search(path);
    List<String> lines = Files.readAllLines(path);
    assertThat(lines.get(0)).contains("\"event\":\"search_started\"", "\"seed\":17", "\"space\":");
    assertThat(lines.stream().filter(l -> l.contains("\"event\":\"trial_finished\""))).hasSize(outcome.outcomes().size());
    assertThat(lines).anyMatch(l -> l.contains("\"event\":\"trial_promoted\""));
    assertThat(outcome.outcomes().stream().map(TrialOutcome::metrics)).allMatch(m -> m.equals(new SimulatedEvaluator.SimulatedMetrics(10, "sim")));
  }

  @Test
  void read_withTheMeasurementsReader_givesTypedMetricsAndNeverWrites() throws IOException {
    Path path = dir.resolve("typed.jsonl");
    SearchOutcome outcome = search(path);
    Files.writeString(path, "{\"event\":\"trial_fin", java.nio.file.StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(path);
    JournalContents read = SearchJournal.read(path, SimulatedEvaluator.SimulatedMetrics.READER);
    assertThat(read.replay().outcomes()).hasSize(outcome.outcomes().size());
    assertThat(read.replay().outcomes().values().stream().map(TrialOutcome::metrics))
        .allMatch(m -> m.equals(new SimulatedEvaluator.SimulatedMetrics(10, "sim")));
    assertThat(read.replay().tornLine()).contains("{\"event\":\"trial_fin");
    assertThat(read.header().seed()).isEqualTo(SEED);
    assertThat(Files.readAllBytes(path)).isEqualTo(before);
  }

  @Test
  void resume_journalledOverhead_staysChargedAndAddsUpAcrossSessions() throws IOException {
    Path path = dir.resolve("overhead.jsonl");
    SearchOutcome reference = search(path);
    try (SearchJournal journal = SearchJournal.open(path, header(SEED, "sha256:abc"))) {
      journal.overheadCharged(1800.0, 0.25);
      journal.overheadCharged(360.0, 0.05);
    }
    SearchOutcome resumed = search(path);
    assertThat(resumed.replayedTrials()).isEqualTo(reference.outcomes().size());
    assertThat(resumed.spentKgCO2e()).isCloseTo(reference.spentKgCO2e() + 0.30, within(1e-12));
    try (SearchJournal journal = SearchJournal.open(path, header(SEED, "sha256:abc"))) {
      assertThat(journal.replay().overheadJoules()).isEqualTo(2160.0);
      assertThat(journal.replay().overheadKgCO2e()).isCloseTo(0.30, within(1e-15));
      assertThat(journal.replay().spentKgCO2e())
          .isCloseTo(reference.spentKgCO2e() + 0.30, within(1e-12));
    }
  }

  @Test
  void overheadCharged_negativeOrInfinite_isRefusedAndACorruptEventNamesItsLine() throws IOException {
    Path path = dir.resolve("bad-overhead.jsonl");
    search(path);
    try (SearchJournal journal = SearchJournal.open(path, header(SEED, "sha256:abc"))) {
      assertThatThrownBy(() -> journal.overheadCharged(-1, 0)).hasMessageContaining("-1.0 J");
      assertThatThrownBy(() -> journal.overheadCharged(1, Double.POSITIVE_INFINITY))
          .hasMessageContaining("finite and >= 0");
    }
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path));
    lines.add(1, "{\"event\":\"overhead\",\"joules\":-5,\"kgCO2e\":0.1}");
    Files.write(path, lines);
    assertThatThrownBy(() -> SearchJournal.open(path, header(SEED, "sha256:abc")))
        .hasMessageContaining("line 2 is not a valid overhead event")
        .hasMessageContaining("field \"joules\" must be a finite number >= 0, found -5.0");
  }
}
