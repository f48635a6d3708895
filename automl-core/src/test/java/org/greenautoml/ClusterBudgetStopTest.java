package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
 * ({@link ReadingSpinner}); when the budget is spent the driver sends the stop to every member,
 * each member ends its trial at the next example read, and the search stops on its budget, soon
 * after the ledger ran out, with its spending under the cap. A stop that does not reach a member
 * leaves its trial running until the spinner gives up (15 s), which fails the latency and reason
 * assertions. (The members share this JVM, so the driver's overhead meter also counts their work:
 * the ledger runs out sooner than with members on other machines.)
 */
@Timeout(60)
final class ClusterBudgetStopTest {

  /** A few CPU-seconds under the power model: the search runs a few seconds. */
  private static final double BUDGET_KG = 5e-6;

  /** The ledger trials run against: the budget less the engine's reserve (SearchRun). */
  private static final double LEDGER_KG = BUDGET_KG * 0.75;

  /**
   * From the ledger running out to the search's return: members publish every 200 ms, the stop
   * goes out within 25 ms of the request, and the answers come back; generous for a loaded CI.
   */
  private static final double MAX_STOP_SECONDS = 5;

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
      AtomicLong spentAt = new AtomicLong();
      long started = System.nanoTime();
      SearchResult result = GreenAutoML.builder().cluster(cluster.settings()).minFidelity(1.0 / 9)
          .families(List.of(new ReadingSpinner())).maxTrials(12).seed(5)
          .progressListener(p -> {
            if (p.spentKgCO2e() >= LEDGER_KG) {
              spentAt.compareAndSet(0, System.nanoTime());
            }
          })
          .build().search(data, BUDGET_KG);
      long ended = System.nanoTime();
      double stopSeconds = (ended - spentAt.get()) / 1e9;

      List<TrialRecord> trials = result.trials();
      assertThat(result.stopReason()).isEqualTo(StopReason.BUDGET);
      assertThat(cluster.members()).allMatch(m -> m.trialsRun() > 0, "ran a trial");
      assertThat(trials).hasSize(cluster.members().stream().mapToInt(ClusterMember::trialsRun).sum())
          .allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TrialStatus.STOPPED);
            assertThat(t.failureReason()).contains("carbon budget exhausted")
                .as("the member stopped it, not the spinner's own time-out")
                .doesNotContain("no stop request");
            assertThat(t.costKgCO2e()).as("trial %d is charged", t.id()).isPositive();
          });
      for (ClusterMember member : cluster.members()) {
        assertThat(trials).as("trials stopped on member %s", member.address())
            .anyMatch(t -> t.failureReason().contains("on member " + member.address()));
      }
      assertThat(spentAt.get()).as("the ledger ran out while the search ran").isPositive();
      assertThat(stopSeconds).as("seconds from the ledger running out to the search's end")
          .isLessThan(MAX_STOP_SECONDS);
      // the search spent its trial share (so the budget, not something else, ended it) and
      // stayed under the cap
      assertThat(result.budget().spentKgCO2e())
          .as("spent, against a budget of %s kg", BUDGET_KG)
          .isGreaterThanOrEqualTo(LEDGER_KG)
          .isLessThanOrEqualTo(BUDGET_KG);
      System.out.printf("cluster budget stop: %d trial(s) stopped %.2f s after the ledger ran out"
          + " (search %.1f s); spent %.3g kg of %.3g%n", trials.size(), stopSeconds,
          (ended - started) / 1e9, result.budget().spentKgCO2e(), BUDGET_KG);
    }
  }
}
