package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.greenautoml.data.TabularData;
import org.junit.jupiter.api.Test;

final class SearchProgressTest {

  @Test
  void search_withListener_reportsEveryFinishedTrialAndTheBestAccuracy() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    List<SearchProgress> seen = new CopyOnWriteArrayList<>();

    SearchResult result = GreenAutoML.builder().workers(1).seed(3).maxTrials(8)
        .families("logistic", "cart").minFidelity(1.0 / 9).progressListener(seen::add).build()
        .search(data, 1.0);

    SearchProgress last = seen.stream()
        .filter(p -> p.trialsFinished() == result.trials().size()).findFirst().orElseThrow();
    assertThat(last.bestAccuracySoFar()).isEqualTo(result.trials().stream()
        .flatMapToDouble(t -> t.validationAccuracy().stream()).max()
        .orElseThrow());
    assertThat(last.highestRung()).isEqualTo(
        result.trials().stream().mapToInt(TrialRecord::rung).max().orElseThrow());
    for (int i = 1; i <= result.trials().size(); i++) {
      int n = i;
      assertThat(seen).as("a snapshot with %d trials", n).anyMatch(p -> p.trialsFinished() == n);
    }
    assertThat(seen).allMatch(p -> p.spentKgCO2e() <= 1.0 && p.remainingKgCO2e() <= 1.0);
  }

  @Test
  void search_listenerThrows_searchStillFinishes() {
    TabularData data = RealDatasets.read("iris.csv");
    SearchResult result = GreenAutoML.builder().workers(1).seed(3).maxTrials(3)
        .families("logistic").minFidelity(1.0 / 3)
        .progressListener(p -> { throw new IllegalStateException("broken display"); })
        .build().search(data, 1.0);

    assertThat(result.trials()).hasSize(3);
  }

  @Test
  void progressListener_setTwice_isRefused() {
    assertThatThrownBy(() -> GreenAutoML.builder().progressListener(p -> {}).progressListener(p -> {}))
        .isInstanceOf(IllegalStateException.class);
  }
}
