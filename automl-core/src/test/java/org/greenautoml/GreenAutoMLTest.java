package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.TabularData;
import org.greenautoml.energy.carbon.UnknownRegionException;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.family.Families;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

final class GreenAutoMLTest {

  private static final double GENEROUS_BUDGET = 1.0;

  /**
   * Promotion here ranks on validation accuracy alone: measured energies (and even serialised model
   * sizes, which carry Tribuo's provenance timestamps) differ between runs, so a search that ranks
   * on them may promote differently.
   */
  @Test
  void search_sameSeedTwice_givesSameTrialsSameFrontAndSameModels() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    SearchResult first = deterministicEngine().search(data, GENEROUS_BUDGET);
    SearchResult second = deterministicEngine().search(data, GENEROUS_BUDGET);

    assertThat(first.trials()).hasSize(40);
    assertThat(describe(second.trials())).isEqualTo(describe(first.trials()));
    assertThat(second.front().stream().map(TrialRecord::id).toList())
        .isEqualTo(first.front().stream().map(TrialRecord::id).toList());
    for (TrialRecord member : first.front()) {
      assertThat(labels(second.predict(member.id(), data)))
          .isEqualTo(labels(first.predict(member.id(), data)));
    }
  }

  private static GreenAutoML deterministicEngine() {
    return GreenAutoML.builder()
        .workers(1)
        .seed(11)
        .maxTrials(40)
        .objectives(SearchObjective.VALIDATION_ACCURACY)
        .families("xgboost", "logistic", "cart", "random-forest", "knn")
        .minFidelity(1.0 / 9)
        .build();
  }

  private static List<String> describe(List<TrialRecord> trials) {
    List<String> lines = new ArrayList<>();
    for (TrialRecord t : trials) {
      lines.add(t.id() + " " + t.configuration() + " rung " + t.rung() + " " + t.status() + " "
          + t.validationAccuracy() + " " + t.failureReason());
    }
    return lines;
  }

  private static List<String> labels(List<Prediction<Label>> predictions) {
    return predictions.stream().map(p -> p.getOutput().getLabel()).toList();
  }

  @Test
  void search_familyThatThrows_recordsFailedTrialsAndFinishes() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    SearchResult result =
        GreenAutoML.builder()
            .workers(2)
            .seed(5)
            .maxTrials(30)
            .families(List.of(new ThrowingFamily(), Families.byName("logistic")))
            .minFidelity(1.0 / 9)
            .build()
            .search(data, GENEROUS_BUDGET);

    List<TrialRecord> failed =
        result.trials().stream().filter(t -> t.status() == TrialStatus.FAILED).toList();
    assertThat(failed).isNotEmpty().allMatch(t -> t.family().equals("throwing"));
    assertThat(failed.get(0).failureReason()).contains("injected failure");
    assertThat(result.trials()).anyMatch(t -> t.family().equals("logistic") && t.succeeded());
    assertThat(result.front()).isNotEmpty().allMatch(t -> t.family().equals("logistic"));
  }

  @Test
  void search_tribuoDataset_givesAFrontWhoseModelsPredictTribuoExamples() {
    TabularData table = RealDatasets.read("breast-cancer-wisconsin.csv");
    MutableDataset<Label> dataset = FeatureEncoder.fit(table).encode(table);
    SearchResult result =
        GreenAutoML.builder()
            .workers(1)
            .seed(3)
            .maxTrials(20)
            .minFidelity(1.0 / 9)
            .families("logistic", "cart")
            .build()
            .search(dataset, GENEROUS_BUDGET);

    TrialRecord best = result.mostAccurate().orElseThrow();
    assertThat(best.validationAccuracy().orElseThrow()).isGreaterThan(0.9);
    assertThat(result.encoder()).isEmpty();
    List<Example<Label>> examples = dataset.getData();
    List<Prediction<Label>> predictions = result.model(best.id()).orElseThrow().predict(examples);
    long correct =
        java.util.stream.IntStream.range(0, examples.size())
            .filter(i -> predictions.get(i).getOutput().equals(examples.get(i).getOutput()))
            .count();
    assertThat((double) correct / examples.size()).isGreaterThan(0.9);
    assertThatThrownBy(() -> result.predict(best.id(), table))
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("encoded Tribuo dataset");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void fit_budgetNotPositiveAndFinite_isRefusedBeforeAnySearch(double budget) {
    TabularData data = RealDatasets.read("iris.csv");
    assertThatThrownBy(() -> GreenAutoML.fit(data, budget))
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessage(
            "the carbon budget must be a positive, finite number of kg CO2e, found " + budget);
  }

  @Test
  void builder_unknownRegion_namesTheClosestCodes() {
    assertThatThrownBy(() -> GreenAutoML.builder().region("FRA-north"))
        .isInstanceOf(UnknownRegionException.class)
        .hasMessageContaining("FRA");
  }

  @Test
  void builder_unknownFamily_listsTheFamilies() {
    assertThatThrownBy(() -> GreenAutoML.builder().families("xgboost", "deep-forest"))
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("deep-forest")
        .hasMessageContaining("random-forest");
  }

  @Test
  void builder_settingTwice_isRejected() {
    assertThatThrownBy(() -> GreenAutoML.builder().seed(1).seed(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("seed was already set");
  }

  @Test
  void search_tooFewRowsForTheLadder_explainsHowToFixIt() {
    TabularData data = RealDatasets.read("iris.csv");
    assertThatThrownBy(() -> GreenAutoML.fit(data, GENEROUS_BUDGET))
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("iris.csv has 120 training rows")
        .hasMessageContaining("raise the lowest fidelity");
  }

  @Test
  void search_oneClassOnly_isRefused() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    int[] benign =
        java.util.stream.IntStream.range(0, data.rowCount())
            .filter(r -> data.label(r).equals("B"))
            .toArray();
    assertThatThrownBy(() -> GreenAutoML.fit(data.rows(benign), GENEROUS_BUDGET))
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("only one class (B)");
  }

  /** A test-only family whose every trial throws, to check that faults are contained. */
  private static final class ThrowingFamily extends FaultFamilies.Fault {
    ThrowingFamily() {
      super("throwing");
    }

    @Override
    protected void fail(Dataset<Label> train) {
      throw new IllegalStateException("injected failure");
    }
  }
}
