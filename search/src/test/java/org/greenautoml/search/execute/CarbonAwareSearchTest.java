package org.greenautoml.search.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.energy.carbon.TimeShiftSaving;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.budget.SearchLimits;
import org.greenautoml.search.journal.JournalTiming;
import org.greenautoml.search.journal.SearchHeader;
import org.greenautoml.search.journal.SearchJournal;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.SpaceJson;
import org.greenautoml.search.timing.SimulatedClock;
import org.greenautoml.search.timing.StartGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches on a simulated clock over the bundled GB series (2023-03-14 to 17, half-hourly): on the
 * 14th the grid is below 150 gCO2e/kWh until 16:30, then above it until 21:30 on the 15th.
 */
final class CarbonAwareSearchTest {

  private static final long SEED = 11;
  private static final Instant START = Instant.parse("2023-03-14T15:00:00Z");
  private static final double THRESHOLD = 150;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CarbonIntensitySeries series;
  private static CarbonAccountant accountant;

  @TempDir Path dir;

  @BeforeAll
  static void readSeries() throws IOException {
    try (Reader in = new InputStreamReader(CarbonIntensitySeries.class.getResourceAsStream(
        "series/gb-national-2023-03-14.csv"), StandardCharsets.UTF_8)) {
      series = CarbonIntensitySeries.read("gb-national-2023-03-14.csv", in);
    }
    accountant = new CarbonAccountant(CarbonIntensity.of("GBR", "United Kingdom", 260, "test",
        2022), new Pue(1.0, "test")).withSeries(series);
  }

  private record Run(SearchOutcome outcome, ClockedEvaluator evaluator, JournalTiming timing) {}

  private static Run search(Path journalPath, Instant clockStart, StartGate gate,
      SearchLimits limits) {
    SimulatedClock clock = new SimulatedClock(clockStart);
    ClockedEvaluator evaluator = new ClockedEvaluator(clock, accountant, 30);
    SearchHeader header = new SearchHeader("asha", SEED, "sha256:abc",
        SpaceJson.toJson(BudgetPropertyTest.SPACE), Map.of("budgetKgCO2e", 1.0));
    SearchOutcome outcome;
    try (SearchJournal journal = SearchJournal.open(journalPath, header)) {
      outcome = SearchRunner.builder(
              Schedulers.asha(BudgetPropertyTest.SPACE, BudgetPropertyTest.LADDER,
                  BudgetPropertyTest.LOSS, SEED, 40),
              evaluator, new CarbonLedger(1.0), new CostPredictor(0.001, 1.5))
          .journal(journal).clock(clock).startGate(gate).limits(limits).build().run();
    }
    try (SearchJournal reopened = SearchJournal.open(journalPath, header)) {
      return new Run(outcome, evaluator, reopened.replay().timing());
    }
  }

  private List<JsonNode> events(Path journal, String type) throws IOException {
    List<JsonNode> found = new ArrayList<>();
    for (String line : Files.readAllLines(journal)) {
      JsonNode node = JSON.readTree(line);
      if (node.path("event").asText().equals(type)) {
        found.add(node);
      }
    }
    return found;
  }

  @Test
  void run_pauseAboveWithBundledSeries_noTrialStartsAboveTheThreshold() throws IOException {
    Path journal = dir.resolve("journal.jsonl");
    Run run = search(journal, START, StartGate.pauseAbove(series, THRESHOLD), SearchLimits.NONE);

    assertThat(run.outcome().stopReason()).isEqualTo(StopReason.SPACE_EXHAUSTED);
    assertThat(run.outcome().outcomes()).hasSizeGreaterThan(40);
    List<JsonNode> starts = events(journal, "trial_started");
    assertThat(starts).hasSize(run.outcome().outcomes().size());
    for (JsonNode start : starts) {
      Instant at = Instant.parse(start.get("at").asText());
      assertThat(series.intensityAt(at)).as("intensity at %s", at).isLessThanOrEqualTo(THRESHOLD);
    }
    assertThat(events(journal, "search_paused")).hasSize(1);
    JsonNode resumed = events(journal, "search_resumed").get(0);
    assertThat(resumed.get("at").asText()).isEqualTo("2023-03-15T21:30:00Z");
    assertThat(run.timing().waits()).hasSize(1);
    assertThat(run.timing().waits().get(0).to()).isEqualTo(Instant.parse("2023-03-15T21:30:00Z"));
    assertThat(run.outcome().timing().waits()).isEqualTo(run.timing().waits());
    assertThat(run.outcome().timing().trialSpans()).isEqualTo(run.timing().trialSpans());
  }

  @Test
  void run_pauseAbove_savedGramsComeFromTheSameEnergies() throws IOException {
    Run run = search(dir.resolve("j.jsonl"), START, StartGate.pauseAbove(series, THRESHOLD),
        SearchLimits.NONE);
    List<org.greenautoml.energy.carbon.TimedEnergy> spent =
        new ArrayList<>(run.evaluator().energies.values());
    TimeShiftSaving saving = TimeShiftSaving.compare(accountant, spent, run.timing().waits());

    double charged = run.outcome().outcomes().stream().mapToDouble(o -> o.costKgCO2e()).sum();
    assertThat(saving.emittedKgCO2e()).isCloseTo(charged, within(1e-12));
    assertThat(run.outcome().spentKgCO2e()).isCloseTo(charged, within(1e-12));
    double atOnceOracle = 0;
    Duration waited = saving.waited();
    for (var e : spent) {
      Instant from = e.from().isAfter(run.timing().waits().get(0).from()) ? e.from().minus(waited)
          : e.from();
      Instant to = e.to().isAfter(run.timing().waits().get(0).from()) ? e.to().minus(waited)
          : e.to();
      atOnceOracle += series.gramsCO2e(from, to, e.joules()) / 1000;
    }
    assertThat(saving.atOnceKgCO2e()).isCloseTo(atOnceOracle, within(1e-12));
    assertThat(saving.savedKgCO2e()).isGreaterThan(0.3 * saving.atOnceKgCO2e());
  }

  @Test
  void run_killedWhilePausedAndResumed_continuesWhereItWas() throws IOException {
    Path full = dir.resolve("full.jsonl");
    Run reference = search(full, START, StartGate.pauseAbove(series, THRESHOLD),
        SearchLimits.NONE);
    List<String> lines = Files.readAllLines(full);
    int paused = 0;
    while (!lines.get(paused).contains("\"search_paused\"")) {
      paused++;
    }
    Path killed = dir.resolve("killed.jsonl");
    Files.write(killed, lines.subList(0, paused + 1));
    Instant pausedAt = Instant.parse(JSON.readTree(lines.get(paused)).get("at").asText());

    // the process was down for three hours, inside the pause
    Run resumed = search(killed, pausedAt.plus(Duration.ofHours(3)),
        StartGate.pauseAbove(series, THRESHOLD), SearchLimits.NONE);

    assertThat(resumed.outcome().outcomes()).isEqualTo(reference.outcome().outcomes());
    assertThat(resumed.outcome().replayedTrials())
        .isEqualTo((int) lines.subList(0, paused).stream()
            .filter(l -> l.contains("\"trial_finished\"")).count());
    assertThat(resumed.outcome().spentKgCO2e())
        .isCloseTo(reference.outcome().spentKgCO2e(), within(1e-12));
    assertThat(events(killed, "search_paused")).hasSize(1);
    JsonNode goesOn = events(killed, "search_resumed").get(0);
    assertThat(goesOn.get("at").asText()).isEqualTo("2023-03-15T21:30:00Z");
    assertThat(resumed.timing().waits()).isEqualTo(reference.timing().waits());
    assertThat(resumed.outcome().timing().waits()).isEqualTo(reference.timing().waits());
    assertThat(resumed.outcome().timing().trialSpans())
        .isEqualTo(reference.outcome().timing().trialSpans());
    for (JsonNode start : events(killed, "trial_started")) {
      assertThat(series.intensityAt(Instant.parse(start.get("at").asText())))
          .isLessThanOrEqualTo(THRESHOLD);
    }
  }

  @Test
  void run_pausedPastTheTimeLimit_stopsAtTheLimit() {
    Run run = search(dir.resolve("limit.jsonl"), START, StartGate.pauseAbove(series, THRESHOLD),
        SearchLimits.NONE.withWallTime(Duration.ofHours(5)));
    assertThat(run.outcome().stopReason()).isEqualTo(StopReason.TIME_LIMIT);
    assertThat(run.timing().openPause()).isPresent();
  }

  @Test
  void run_noHourCleanEnoughLeft_stopsWithTheGateClosed() {
    Run run = search(dir.resolve("never.jsonl"), START, StartGate.pauseAbove(series, 10),
        SearchLimits.NONE);
    assertThat(run.outcome().stopReason()).isEqualTo(StopReason.GATE_CLOSED);
    assertThat(run.outcome().outcomes()).isEmpty();
  }

  @Test
  void run_finishBy_startsTrialsInCleanerHoursThanTheWindowsMean() throws IOException {
    Path journal = dir.resolve("finish.jsonl");
    Instant deadline = Instant.parse("2023-03-16T15:00:00Z");
    Run run = search(journal, START, StartGate.finishBy(series, deadline, Duration.ofHours(4)),
        SearchLimits.NONE);
    assertThat(run.outcome().outcomes()).isNotEmpty();
    double atStarts = 0;
    List<JsonNode> starts = events(journal, "trial_started");
    for (JsonNode start : starts) {
      Instant at = Instant.parse(start.get("at").asText());
      assertThat(at).isBefore(deadline);
      atStarts += series.intensityAt(at);
    }
    double windowMean = series.meanIntensity(START, deadline);
    assertThat(atStarts / starts.size()).isLessThan(0.75 * windowMean);
  }
}
