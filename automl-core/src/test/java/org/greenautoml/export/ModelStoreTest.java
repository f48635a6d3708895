package org.greenautoml.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.greenautoml.GreenAutoML;
import org.greenautoml.SearchObjective;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.RealDatasets;
import org.greenautoml.data.TabularData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a real search's front and loading each model back, then exporting it. */
final class ModelStoreTest {

  @TempDir Path run;

  @Test
  void saveFront_tinySearch_everyFrontModelReloadsAndPredictsAsTheSearchResult() {
    TabularData data = RealDatasets.read("credit-g.csv");
    StratifiedSplit.Holdout split = StratifiedSplit.holdout(data.labelIndices(), 0.8, 0, 0.2, 7);
    TabularData test = data.rows(split.test());
    SearchResult result =
        GreenAutoML.builder()
            .workers(1)
            .seed(7)
            .maxTrials(6)
            .minFidelity(1.0)
            .objectives(SearchObjective.VALIDATION_ACCURACY)
            .families("logistic", "cart", "rbf-svm")
            .build()
            .search(data.rows(split.train()), 1.0);

    ModelStore.saveFront(run, result);

    List<Integer> front = result.front().stream().map(TrialRecord::id).sorted().toList();
    assertThat(front).isNotEmpty();
    assertThat(ModelStore.savedTrialIds(run)).isEqualTo(front);
    for (TrialRecord trial : result.front()) {
      List<String> expected =
          result.predict(trial.id(), test).stream().map(p -> p.getOutput().getLabel()).toList();
      try (SavedModel saved = ModelStore.load(run, trial.id())) {
        assertThat(saved.family()).isEqualTo(trial.family());
        assertThat(saved.trialId()).isEqualTo(trial.id());
        assertThat(saved.predictLabels(test)).as("trial %d", trial.id()).isEqualTo(expected);
      }
      for (ExportFormat format : ModelExporter.formatsFor(trial.family())) {
        Path file =
            ModelExporter.export(run, trial.id(), format, "out/t" + trial.id() + format.extension());
        try (SavedModel exported = SavedModel.loadFile(file)) {
          assertThat(exported.predictLabels(test))
              .as("trial %d as %s", trial.id(), format)
              .isEqualTo(expected);
        }
      }
    }
  }
}
