package org.greenautoml.search.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Measurements;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.search.space.CategoricalParameter;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.search.space.SpaceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's saved format against a golden file ({@value #GOLDEN}), as Tribuo keeps one per
 * saved type: the events of a fixed search must be written byte for byte as the file holds them,
 * and the file must read back to the same trials and charges. A change to the format fails here;
 * it needs a new journal version and a new golden file (regenerate with {@code
 * -Dgreenautoml.regenerateGolden=DIR}, which writes the current bytes into DIR).
 */
final class JournalGoldenTest {

  private static final String GOLDEN = "journal-v1.jsonl";

  private static final SearchHeader HEADER = new SearchHeader("asha", 42, "sha256:ab12",
      SpaceJson.toJson(ParameterSpace.of(DoubleParameter.log("eta", 0.01, 1, 0.3),
          CategoricalParameter.of("booster", "gbtree", "dart"))),
      Map.of("eta", 3));

  @TempDir Path dir;

  @Test
  void write_fixedSearch_matchesGoldenFileByteForByte() throws IOException {
    Path written = dir.resolve("journal.jsonl");
    try (SearchJournal journal = SearchJournal.open(written, HEADER)) {
      journal.trialStarted(trial(0, 0), 0.001);
      journal.trialEnded(TrialOutcome.succeeded(trial(0, 0), ObjectiveVector.of(0.1, 2.5e-6),
          2.5e-7, metrics()));
      journal.trialPromoted(trial(2, 1));
      journal.trialStarted(trial(1, 0), 0.001);
      journal.trialEnded(TrialOutcome.unsuccessful(trial(1, 0), TrialStatus.FAILED, 1.0e-8,
          Measurements.NONE, "one class in subsample"));
      journal.overheadCharged(12.5, 1.25e-6);
    }
    String actual = Files.readString(written, StandardCharsets.UTF_8);
    regenerate(actual);
    assertThat(actual).isEqualTo(golden());
  }

  @Test
  void read_goldenFile_givesTheTrialsAndCharges() throws IOException {
    Path file = dir.resolve(GOLDEN);
    Files.writeString(file, golden(), StandardCharsets.UTF_8);
    JournalContents read = SearchJournal.read(file, Measurements.RAW);
    assertThat(read.header()).isEqualTo(HEADER);
    assertThat(read.replay().outcomes()).containsOnlyKeys(0, 1);
    TrialOutcome finished = read.replay().outcomes().get(0);
    assertThat(finished.status()).isEqualTo(TrialStatus.SUCCEEDED);
    assertThat(finished.objectives()).contains(ObjectiveVector.of(0.1, 2.5e-6));
    assertThat(finished.metrics().toJson()).isEqualTo(metrics().toJson());
    assertThat(read.replay().outcomes().get(1).failureReason()).isEqualTo("one class in subsample");
    assertThat(read.replay().outcomes().get(1).metrics()).isEqualTo(Measurements.NONE);
    assertThat(read.replay().overheadJoules()).isEqualTo(12.5);
    assertThat(read.replay().spentKgCO2e()).isEqualTo(2.5e-7 + 1.0e-8 + 1.25e-6);
    assertThat(read.replay().interruptedAttempts()).isZero();
    assertThat(read.replay().tornLine()).isEmpty();
  }

  private static Trial trial(int id, int rung) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("eta", 0.3);
    values.put("booster", "dart");
    Configuration configuration = Configuration.of(values);
    return new Trial(id, configuration, rung, rung == 0 ? 1.0 / 3 : 1.0, 0);
  }

  private static Measurements metrics() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("validation_accuracy", 0.9);
    json.put("training_joules", 9.0);
    json.put("energy_method", "RAPL");
    return Measurements.ofJson(json);
  }

  private static String golden() throws IOException {
    try (InputStream in = JournalGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file %s", GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void regenerate(String actual) throws IOException {
    String directory = System.getProperty("greenautoml.regenerateGolden");
    if (directory != null) {
      Files.writeString(Path.of(directory).resolve(GOLDEN), actual, StandardCharsets.UTF_8);
    }
  }
}
