package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenautoml.family.DataProfile;
import org.greenautoml.data.TabularData;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.IntensitySeriesException;
import org.greenautoml.energy.carbon.TimeSpan;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.search.timing.SimulatedClock;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real searches on a simulated clock over the bundled GB series: each trial's training moves the
 * clock on by 20 minutes ({@link Timed}), so a search of a few seconds spans a simulated afternoon
 * and night. From 15:00 on 2023-03-14 the grid is below 150 gCO2e/kWh until
 * 16:30, then above it until 21:30 on the 15th.
 */
final class CarbonAwareFitTest {

  private static final Instant START = Instant.parse("2023-03-14T15:00:00Z");
  private static CarbonIntensitySeries series;

  @BeforeAll
  static void readSeries() throws IOException {
    try (Reader in = new InputStreamReader(CarbonIntensitySeries.class.getResourceAsStream(
        "series/gb-national-2023-03-14.csv"), StandardCharsets.UTF_8)) {
      series = CarbonIntensitySeries.read("gb-national-2023-03-14.csv", in);
    }
  }

  private static SearchResult search(double pauseAbove) {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    SimulatedClock clock = new SimulatedClock(START);
    return GreenAutoML.builder()
        .workers(1)
        .seed(5)
        .maxTrials(16)
        .families(List.of(new Timed(Families.byName("logistic"), clock),
            new Timed(Families.byName("cart"), clock)))
        .minFidelity(1.0 / 9)
        .region("GB")
        .intensitySeries(series)
        .pauseAbove(pauseAbove)
        .clock(clock)
        .crossValidationRows(0) // one training call per trial: the clock advances 20 min per call
        .refit(false)
        .build()
        .search(data, 1.0);
  }

  /** A family whose training takes 20 minutes of the simulated clock. */
  record Timed(ModelFamily family, SimulatedClock clock) implements ModelFamily {
    @Override
    public String name() {
      return family.name();
    }

    @Override
    public ParameterSpace space() {
      return family.space();
    }

    @Override
    public Optional<String> notApplicableReason(DataProfile profile) {
      return family.notApplicableReason(profile);
    }

    @Override
    public boolean needsStandardisation() {
      return family.needsStandardisation();
    }

    @Override
    public boolean handlesMissingValues() {
      return family.handlesMissingValues();
    }

    @Override
    public Model<Label> train(Dataset<Label> train, Dataset<Label> validation,
        Configuration configuration, long seed) {
      clock.advance(Duration.ofMinutes(20));
      return family.train(train, validation, configuration, seed);
    }
  }

  @Test
  void search_pauseAboveWithBundledSeries_noTrialStartsAboveAndIntensitiesMatchTheSeries() {
    SearchResult result = search(150);
    CarbonTimeline timeline = result.carbonTimeline().orElseThrow();

    assertThat(result.trials()).hasSize(16);
    assertThat(timeline.waits()).hasSize(1);
    assertThat(timeline.waits().get(0).to()).isEqualTo(Instant.parse("2023-03-15T21:30:00Z"));
    for (TrialRecord trial : result.trials()) {
      TimeSpan span = timeline.span(trial.id()).orElseThrow();
      assertThat(series.intensityAt(span.from())).as("trial %d at %s", trial.id(), span.from())
          .isLessThanOrEqualTo(150);
      assertThat(span.length()).isEqualTo(Duration.ofMinutes(20));
      assertThat(timeline.gramsPerKWh(trial.id()).orElseThrow())
          .isCloseTo(series.meanIntensity(span.from(), span.to()), within(1e-9));
      trial.metrics().ifPresent(m -> assertThat(trial.costKgCO2e()).isCloseTo(
          m.trialJoules() / 3.6e6 * series.meanIntensity(span.from(), span.to()) / 1000,
          within(0.02 * trial.costKgCO2e())));
    }
    assertThat(timeline.saving().emittedKgCO2e())
        .isCloseTo(result.budget().spentKgCO2e(), within(1e-9 + 0.02 * result.budget().spentKgCO2e()));
    // the grams saved are the same energies' at-once emissions minus what they emitted; whether
    // waiting paid off depends on which trials ran, which measured energies decide
    assertThat(timeline.savedGrams()).isCloseTo(1000 * (timeline.saving().atOnceKgCO2e()
        - timeline.saving().emittedKgCO2e()), within(1e-9));
    assertThat(timeline.saving().atOnceKgCO2e()).isPositive();
  }

  @Test
  void build_pauseWithoutSeries_isRefused() {
    assertThatThrownBy(() -> GreenAutoML.builder().pauseAbove(100).build())
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("pauseAbove needs an intensity series");
  }

  @Test
  void search_seriesEndsBeforeTheTimeLimit_isRefusedBeforeAnyTrial() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    GreenAutoML engine = GreenAutoML.builder()
        .families("logistic")
        .minFidelity(1.0 / 9)
        .intensitySeries(series)
        .clock(new SimulatedClock(Instant.parse("2023-03-16T20:00:00Z")))
        .timeLimit(Duration.ofHours(8))
        .build();
    assertThatThrownBy(() -> engine.search(data, 1.0))
        .isInstanceOf(IntensitySeriesException.class)
        .hasMessageContaining("the series covers 2023-03-14T01:00:00Z to 2023-03-17T01:00:00Z")
        .hasMessageContaining("the search runs from 2023-03-16T20:00:00Z to 2023-03-17T04:00:00Z");
  }
}
