package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenautoml.data.TabularData;
import org.junit.jupiter.api.Test;

final class FinalModelsTest {

  private static GreenAutoML engine(boolean refit) {
    return GreenAutoML.builder()
        .workers(1)
        .seed(5)
        .maxTrials(20)
        // accuracy alone ranks promotions, so which trials reach the top fidelity within the trial
        // limit does not depend on measured energies (which vary with the machine's load)
        .objectives(SearchObjective.VALIDATION_ACCURACY)
        .families("logistic", "naive-bayes")
        .minFidelity(1.0 / 9)
        .refit(refit)
        .build();
  }

  private static int rowsSeen(SearchResult result, int id) {
    return result.model(id).orElseThrow().model().getProvenance().getDatasetProvenance()
        .getNumExamples();
  }

  @Test
  void search_withRefit_theFrontsModelsSawEveryTrainingRow() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    SearchResult result = engine(true).search(data, 1.0);
    assertThat(result.front()).isNotEmpty();
    assertThat(result.refitted())
        .as("stop %s, front fidelity %s, front %s, trials %d, models %s", result.stopReason(),
            result.frontFidelity(), result.front().stream().map(TrialRecord::id).toList(),
            result.trials().size(),
            result.front().stream().map(t -> result.model(t.id()).isPresent()).toList())
        .isNotEmpty()
        .contains(result.mostAccurate().orElseThrow().id());
    for (int id : result.refitted()) {
      assertThat(rowsSeen(result, id)).as("rows seen by trial %d's refit", id)
          .isEqualTo(data.rowCount());
    }
    TrialRecord best = result.mostAccurate().orElseThrow();
    assertThat(best.metrics().orElseThrow().trainingRows())
        .as("the search's figures stay those of the training partition")
        .isLessThan(data.rowCount());
  }

  @Test
  void search_withoutRefit_keepsTheSearchedModels() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    SearchResult result = engine(false).search(data, 1.0);
    assertThat(result.refitted()).isEmpty();
    int id = result.mostAccurate().orElseThrow().id();
    assertThat(rowsSeen(result, id)).isLessThan(data.rowCount());
  }
}
