package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.greenautoml.cluster.ClusterMember;
import org.greenautoml.cluster.SlowCart;
import org.greenautoml.cluster.TestCluster;
import org.greenautoml.data.TabularData;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialSite;
import org.greenautoml.trial.worker.TrialWorkerMain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches whose trials run on a cluster of three members in this JVM, on loopback. The searches
 * that leave their cluster as they found it share one (starting and ending a cluster costs about
 * as much as a search here) and count the trials each member ran during them.
 */
@Timeout(180)
final class ClusterSearchTest {

  private static final double BUDGET_KG = 1.0;

  /** The world-average intensity the members are priced at, kg CO2e per kWh (PUE 1). */
  private static final double WORLD_KG_PER_KWH = org.greenautoml.energy.carbon.CarbonRegions
      .bundled().lookup("WORLD").gramsCO2ePerKWh() / 1000;

  /** Three members in the same region, for the searches that neither kill one nor need regions. */
  private static TestCluster world;

  @BeforeAll
  static void registerSlowCartAndStartTheSharedCluster() {
    String current = System.getProperty(TrialWorkerMain.FAMILIES_PROPERTY, "");
    if (!current.contains(SlowCart.class.getName())) {
      System.setProperty(TrialWorkerMain.FAMILIES_PROPERTY,
          (current.isBlank() ? "" : current + ",") + SlowCart.class.getName());
    }
    world = TestCluster.start("WORLD", "WORLD", "WORLD");
  }

  @AfterAll
  static void endTheSharedCluster() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void search_threeMembers_runsTrialsOnEveryMemberWithDistinctIds(@TempDir Path out)
      throws Exception {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    TestCluster cluster = world;
    int[] before = trialsRun(cluster);
    SearchResult result = GreenAutoML.builder().cluster(cluster.settings()).minFidelity(1.0 / 9)
        .families("cart", "logistic").maxTrials(9).seed(7).outputDirectory(out).build()
        .search(data, BUDGET_KG);
    int[] ran = since(before, trialsRun(cluster));
    result.writeTo(out);
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    List<String> addresses =
        cluster.members().stream().map(m -> m.address().toString()).toList();

    assertThat(result.trials()).hasSize(9).allMatch(TrialRecord::succeeded);
    assertThat(ids(result)).doesNotHaveDuplicates();
    assertThat(ran).as("trials each member ran").doesNotContain(0);
    assertThat(java.util.Arrays.stream(ran).sum()).isEqualTo(9);
    assertThat(result.budget().spentKgCO2e()).isPositive().isLessThanOrEqualTo(BUDGET_KG);
    assertThat(report.get("trials")).allSatisfy(t -> {
      assertThat(addresses).contains(t.get("member").asText());
      assertThat(t.get("region").asText()).isEqualTo("WORLD");
      assertThat(t.get("energy_method").asText()).isNotBlank();
    });
    assertThat(report.get("members")).hasSize(3);
    // each member's idle power while it ran a trial (its static share) is charged with the trial
    // at the member's intensity, and shown per member; none where the meter holds idle power
    boolean idleLeftOut = EnergyMeters.detect().idleWatts().isPresent();
    assertThat(result.trials()).allSatisfy(t -> {
      TrialSite site = t.metrics().orElseThrow().site();
      assertThat(site.staticJoules() > 0).as("trial %d's static share", t.id())
          .isEqualTo(idleLeftOut);
      // at least its metered and static joules at the member's intensity; more only where a
      // progress report read during the trial ran ahead of the final reading (the ledger keeps it)
      assertThat(t.costKgCO2e()).as("trial %d's charge", t.id())
          .isGreaterThanOrEqualTo(meteredKgCO2e(t) * (1 - 1e-9));
    });
    double charged = result.trials().stream().mapToDouble(TrialRecord::costKgCO2e).sum();
    double metered = result.trials().stream().mapToDouble(ClusterSearchTest::meteredKgCO2e).sum();
    assertThat(charged).as("charges beside the final readings").isLessThan(metered * 1.10);
    assertThat(report.get("members"))
        .allSatisfy(m -> assertThat(m.get("static_j").asDouble() > 0).isEqualTo(idleLeftOut));
    assertThat(Files.readString(out.resolve("report.html"))).contains("Energy per member")
        .contains(addresses.get(0));
    assertThat(Files.readAllLines(out.resolve("trials.csv")).get(0))
        .contains("member,region,energy_method");
  }

  private static double meteredKgCO2e(TrialRecord trial) {
    TrialMetrics metrics = trial.metrics().orElseThrow();
    return (metrics.trialJoules() + metrics.site().staticJoules()) / 3.6e6 * WORLD_KG_PER_KWH;
  }

  @Test
  void search_memberCrashesMidSearch_finishesWithinBudgetWithoutRepeatedIds() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    try (TestCluster cluster = TestCluster.start("WORLD", "WORLD", "WORLD")) {
      ClusterMember victim = cluster.members().get(2);
      AtomicBoolean crashed = new AtomicBoolean();
      SearchResult result = GreenAutoML.builder().cluster(cluster.settings()).minFidelity(1.0 / 9)
          .families(List.of(new SlowCart())).maxTrials(12).seed(3)
          .progressListener(p -> {
            if (p.trialsFinished() >= 2 && victim.trialsRun() > 0 && crashed.compareAndSet(false, true)) {
              new Thread(() -> TestCluster.crash(victim)).start();
            }
          })
          .build().search(data, BUDGET_KG);

      assertThat(crashed).isTrue();
      assertThat(victim.isRunning()).isFalse();
      assertThat(ids(result)).hasSize(12).doesNotHaveDuplicates();
      assertThat(result.trials()).allMatch(TrialRecord::succeeded, "succeeded");
      // what the victim lost (if it died mid-trial) is in the result, and charged to its trial
      assertThat(result.lostAttemptsByMember().keySet())
          .isSubsetOf(victim.address().toString());
      assertThat(result.trials()).allSatisfy(t -> assertThat(t.costKgCO2e())
          .isGreaterThanOrEqualTo(t.metrics().orElseThrow().site().lostKgCO2e()));
      assertThat(result.budget().spentKgCO2e()).isLessThanOrEqualTo(BUDGET_KG);
      assertThat(cluster.members().get(0).trialsRun() + cluster.members().get(1).trialsRun())
          .isGreaterThanOrEqualTo(12 - victim.trialsRun());
    }
  }

  @Test
  void search_higherCarbonMemberWhileOthersAreFree_getsNoTrials() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    try (TestCluster cluster = TestCluster.start("SE", "PL", "FR")) {
      GreenAutoML.builder().cluster(cluster.settings()).minFidelity(1.0 / 9).workers(2)
          .families("cart").maxTrials(10).seed(5).build().search(data, BUDGET_KG);

      List<ClusterMember> members = cluster.members();
      assertThat(members.get(1).trialsRun()).as("Poland's trials").isZero();
      assertThat(members.get(0).trialsRun()).as("Sweden's trials").isPositive();
      assertThat(members.get(0).trialsRun() + members.get(2).trialsRun()).isEqualTo(10);
    }
  }

  @Test
  void search_resumedFromItsJournalOneTrialAtATime_replaysFinishedTrialsAndRunsOnlyTheRest(@TempDir Path out) {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    TestCluster cluster = world;
    int[] before = trialsRun(cluster);
    GreenAutoML.builder().cluster(cluster.settings()).minFidelity(1.0 / 9).families("cart")
        .workers(1).maxTrials(6).seed(11).outputDirectory(out).build().search(data, BUDGET_KG);
    SearchResult resumed = GreenAutoML.builder().cluster(cluster.settings())
        .minFidelity(1.0 / 9).families("cart").workers(1).maxTrials(10).seed(11).outputDirectory(out)
        .build().search(data, BUDGET_KG);

    assertThat(ids(resumed)).hasSize(10).doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(since(before, trialsRun(cluster))).sum())
        .as("trials run on members over both searches").isEqualTo(10);
    assertThat(resumed.budget().spentKgCO2e()).isLessThanOrEqualTo(BUDGET_KG);
  }

  private static List<Integer> ids(SearchResult result) {
    return result.trials().stream().map(TrialRecord::id).toList();
  }

  private static int[] trialsRun(TestCluster cluster) {
    return cluster.members().stream().mapToInt(ClusterMember::trialsRun).toArray();
  }

  private static int[] since(int[] before, int[] now) {
    int[] ran = new int[now.length];
    for (int i = 0; i < now.length; i++) {
      ran[i] = now[i] - before[i];
    }
    return ran;
  }
}
