package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.greenautoml.GreenAutoML;
import org.greenautoml.SearchObjective;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;
import org.greenautoml.export.ExportException;
import org.greenautoml.export.ExportFormat;
import org.greenautoml.export.ModelExporter;
import org.greenautoml.family.DataProfile;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.report.ReportReader;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReport;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.select.ModelSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The library writes the run directory itself: {@code SearchResult.writeTo} gives the files the
 * command line gives for the same seed (energies and times aside), and a custom family passed to
 * the builder goes through search, report, selection and export.
 */
final class LibraryRunDirectoryTest {

  private static final long SEED = 5;
  private static final int TRIALS = 10;

  @TempDir Path temp;

  @Test
  void writeTo_sameSeedAsTheCli_givesTheSameFilesEnergiesAside() throws Exception {
    Path csv = DemoRun.csv(temp);
    Path cliRun = temp.resolve("cli");
    CliRun fit = CliRun.of("fit", "--data", csv.toString(), "--target", "class", "--budget-g",
        "5", "--seed", Long.toString(SEED), "--workers", "1", "--max-trials",
        Integer.toString(TRIALS), "--objectives", "accuracy", "--families", "logistic,cart",
        "--test", csv.toString(), "--out", cliRun.toString());
    assertThat(fit.status()).as(fit.err()).isZero();

    TabularData data = TabularReader.builder().target("class").build().read(csv);
    Path libraryRun = temp.resolve("library");
    GreenAutoML.builder().seed(SEED).workers(1).maxTrials(TRIALS)
        .objectives(SearchObjective.VALIDATION_ACCURACY).families("logistic", "cart")
        .minFidelity(FitCommand.lowestFidelity(data.rowCount())).outputDirectory(libraryRun)
        .build().search(data, 0.005).scoredOn(data).writeTo(libraryRun);

    assertThat(files(libraryRun)).isEqualTo(files(cliRun)).contains("report.json", "trials.csv",
        "report.html", "emissions.csv", "run.json", "journal.jsonl");
    assertThat(ReportReader.read(libraryRun.resolve(ReportWriter.REPORT_JSON)).trials())
        .hasSize(TRIALS);
    assertThat(withoutEnergies(libraryRun)).isEqualTo(withoutEnergies(cliRun));
  }

  @Test
  void customFamily_goesThroughSearchReportSelectionAndExport() throws Exception {
    Path csv = DemoRun.csv(temp);
    TabularData data = TabularReader.builder().target("class").build().read(csv);
    Path run = temp.resolve("custom");
    SearchResult result = GreenAutoML.builder().seed(SEED).workers(1).maxTrials(6)
        .families(List.of(new RenamedFamily(Families.byName("logistic"), "my-logistic")))
        .minFidelity(1.0).outputDirectory(run).build().search(data, 0.005);
    assertThat(result.trials()).isNotEmpty()
        .allSatisfy(t -> assertThat(t.family()).isEqualTo("my-logistic"));

    result.writeTo(run);
    RunReport report = ReportReader.read(run.resolve(ReportWriter.REPORT_JSON));
    assertThat(report.trials()).allSatisfy(t -> assertThat(t.family()).isEqualTo("my-logistic"));
    assertThat(report.gridSearch().configurations()).isPositive();

    SearchResult loaded = SearchResult.load(run);
    TrialRecord knee = ModelSelector.front(loaded).knee().chosen().orElseThrow();
    assertThat(ModelSelector.front(result).knee().chosen()).contains(knee);

    Path fromMemory = ModelExporter.export(result, knee.id(), ExportFormat.TRIBUO,
        temp.resolve("memory/knee.tribuo"));
    Path fromDisk = ModelExporter.export(loaded, knee.id(), ExportFormat.TRIBUO,
        temp.resolve("disk/knee.tribuo"));
    assertThat(fromMemory).isRegularFile();
    assertThat(fromDisk).isRegularFile();
    assertThat(Files.readString(temp.resolve("memory/knee.json")))
        .isEqualTo(Files.readString(temp.resolve("disk/knee.json")))
        .contains("my-logistic");
    assertThatThrownBy(() -> ModelExporter.export(loaded, knee.id(), ExportFormat.ONNX,
        temp.resolve("knee.onnx")))
        .isInstanceOf(ExportException.class).hasMessageContaining("my-logistic")
        .hasMessageContaining("tribuo");
  }

  private static Set<String> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile)
          .map(f -> directory.relativize(f).toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * What two runs of the same seed share: every trial's id, family, configuration, fidelity,
   * status and scores, the front with its test scores, and the provenance's data, seed and
   * test set; energies, carbon and times differ from run to run.
   */
  private static List<Object> withoutEnergies(Path run) throws IOException {
    JsonNode report = new ObjectMapper().readTree(run.resolve("report.json").toFile());
    List<Object> kept = new ArrayList<>();
    for (JsonNode trial : report.get("trials")) {
      for (String field : List.of("id", "family", "configuration", "rung", "fidelity",
          "training_rows", "status", "validation_accuracy", "balanced_accuracy", "on_front",
          "test_accuracy", "test_balanced_accuracy")) {
        kept.add(field + "=" + trial.get(field));
      }
    }
    kept.add(report.get("front_trial_ids"));
    kept.add(report.get("test_set"));
    JsonNode provenance = report.get("provenance");
    for (String field : List.of("seed", "dataset_name", "data_fingerprint", "rows", "scheduler",
        "objectives")) {
      kept.add(field + "=" + provenance.get(field));
    }
    kept.add(report.get("budget").get("grid_search_configurations"));
    return kept;
  }

  /** A family the registry does not know: an existing one under another name. */
  private record RenamedFamily(ModelFamily delegate, String name) implements ModelFamily {
    @Override
    public ParameterSpace space() {
      return delegate.space();
    }

    @Override
    public Optional<String> notApplicableReason(DataProfile profile) {
      return delegate.notApplicableReason(profile);
    }

    @Override
    public boolean needsStandardisation() {
      return delegate.needsStandardisation();
    }

    @Override
    public boolean handlesMissingValues() {
      return delegate.handlesMissingValues();
    }

    @Override
    public Model<Label> train(Dataset<Label> train, Dataset<Label> validation,
        Configuration configuration, long seed) {
      return delegate.train(train, validation, configuration, seed);
    }
  }
}
