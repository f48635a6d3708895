package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenautoml.cluster.ClusterMember;
import org.greenautoml.cluster.ReadingSpinner;
import org.greenautoml.cluster.TestCluster;
import org.greenautoml.data.TabularData;
import org.greenautoml.search.execute.StopReason;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.trial.worker.TrialWorkerMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hard cap across a cluster: three members each run a trial that never ends on its own
 * ({@link ReadingSpinner}); when the budget is spent the driver relays the stop to every member,
 * each member ends its trial at the next example read, and the search stops on its budget with
 * its spending under the cap. (The members share this JVM, so the driver's overhead meter also
 * counts their work: the ledger runs out sooner than with members on other machines.)
 */
@Timeout(60)
final class ClusterBudgetStopTest {

  /** A few CPU-seconds under the power model: the search runs about six seconds. */
  private static final double BUDGET_KG = 5e-6;

  @BeforeAll
  static void registerReadingSpinner() {
    String current = System.getProperty(TrialWorkerMain.FAMILIES_PROPERTY, "");
    if (!current.contains(ReadingSpinner.class.getName())) {
      System.setProperty(TrialWorkerMain.FAMILIES_PROPERTY,
          (current.isBlank() ? "" : current + ",") + ReadingSpinner.class.getName());
    }
  }

  @Test
  void search_budgetSpentWhileEveryMemberRunsATrial_stopsTheTrialsOnEveryMemberWithinTheCap() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    try (TestCluster cluster = TestCluster.start("WORLD", "WORLD", "WORLD")) {
      long started = System.nanoTime();
      SearchResult result = GreenAutoML.builder().cluster(cluster.settings()).minFidelity(1.0 / 9)
          .families(List.of(new ReadingSpinner())).maxTrials(12).seed(5).build()
          .search(data, BUDGET_KG);
      double seconds = (System.nanoTime() - started) / 1e9;

      List<TrialRecord> trials = result.trials();
      assertThat(result.stopReason()).isEqualTo(StopReason.BUDGET);
      assertThat(cluster.members()).allMatch(m -> m.trialsRun() > 0, "ran a trial");
      assertThat(trials).hasSize(cluster.members().stream().mapToInt(ClusterMember::trialsRun).sum())
          .allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TrialStatus.STOPPED);
            assertThat(t.failureReason()).contains("carbon budget exhausted");
            assertThat(t.costKgCO2e()).as("trial %d is charged", t.id()).isPositive();
          });
      for (ClusterMember member : cluster.members()) {
        assertThat(trials).as("trials stopped on member %s", member.address())
            .anyMatch(t -> t.failureReason().contains("on member " + member.address()));
      }
      // the ledger holds back a quarter of the budget for trainers that stop late; the search
      // spent its share (so the budget, not something else, ended it) and stayed under the cap
      assertThat(result.budget().spentKgCO2e())
          .as("spent, against a budget of %s kg", BUDGET_KG)
          .isGreaterThanOrEqualTo(BUDGET_KG * 0.75)
          .isLessThanOrEqualTo(BUDGET_KG);
      System.out.printf("cluster budget stop: %d trial(s) stopped in %.1f s; spent %.3g kg of %.3g%n",
          trials.size(), seconds, result.budget().spentKgCO2e(), BUDGET_KG);
    }
  }
}
