package org.greenautoml.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.greenautoml.Golden;
import org.greenautoml.search.schedule.Measurements;
import org.junit.jupiter.api.Test;

/**
 * The trial metrics' JSON form, which the journal and the worker protocol carry, against a golden
 * file: the same figures always give the same fields, and the golden file reads back typed.
 */
final class TrialMetricsJsonTest {

  private static final String GOLDEN = "trial-metrics-v1.json";

  private static final TrialMetrics METRICS = new TrialMetrics(455, 114, 0.965, 0.96, 180.0, 1.5,
      0.0137, 120_000, 2.5, 190.25, "POWER_MODEL", 0.4, 37);

  @Test
  void toJson_fixedMetrics_matchesGoldenFile() throws IOException {
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(METRICS.toJson()) + "\n";
    Golden.assertMatches(json, getClass(), GOLDEN);
  }

  @Test
  void reader_goldenFile_givesTheMetricsBackTyped() throws IOException {
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Golden.text(getClass(), GOLDEN));
    Measurements read = TrialMetrics.READER.read(json);
    assertThat(read).isInstanceOf(TrialMetrics.class).isEqualTo(METRICS);
  }

  @Test
  void of_rawJsonMeasurements_readsThemAsTrialMetrics() {
    assertThat(TrialMetrics.of(Measurements.ofJson(METRICS.toJson()))).isEqualTo(METRICS);
    assertThat(TrialMetrics.of(METRICS)).isSameAs(METRICS);
  }

  @Test
  void fromJson_missingField_namesIt() {
    ObjectNode json = METRICS.toJson();
    json.remove("training_joules");
    assertThatThrownBy(() -> TrialMetrics.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("training_joules");
  }
}
