package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.greenautoml.data.TabularData;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.execute.StopReason;
import org.greenautoml.search.schedule.TrialStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tribuo.Dataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** Trials in worker JVMs ({@link Isolation#PROCESS}): parity with threads, and contained faults. */
@Timeout(300)
final class ProcessIsolationTest {

  private static final double GENEROUS_BUDGET = 1.0;

  @BeforeAll
  static void registerFaultFamilies() {
    FaultFamilies.register();
  }

  @Test
  void search_processIsolationOneWorker_givesSameTrialsFrontAndModelsAsThreads() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    SearchResult threads = parityEngine(Isolation.THREAD).search(data, GENEROUS_BUDGET);
    SearchResult processes = parityEngine(Isolation.PROCESS).search(data, GENEROUS_BUDGET);

    assertThat(processes.trials()).hasSize(16);
    assertThat(describe(processes.trials())).isEqualTo(describe(threads.trials()));
    assertThat(ids(processes.front())).isEqualTo(ids(threads.front())).isNotEmpty();
    for (TrialRecord member : threads.front()) {
      assertThat(labels(processes.predict(member.id(), data)))
          .isEqualTo(labels(threads.predict(member.id(), data)));
    }
    assertThat(processes.trials()).allMatch(t -> t.costKgCO2e() > 0);
    assertThat(ProcessHandle.current().children()).as("workers ended").isEmpty();
  }

  @Test
  void search_trialRunsOutOfMemory_isFailedWithTheReasonAndTheSearchFinishes() {
    SearchResult result = faultySearch(new FaultFamilies.OutOfMemory(), faultEngine());

    assertThat(failures(result, "out-of-memory"))
        .isNotEmpty()
        .allMatch(reason -> reason.equals("worker ran out of memory (heap cap 128 MB)"));
    assertThat(result.trials()).anyMatch(t -> t.family().equals("cart") && t.succeeded());
  }

  @Test
  void search_trialHaltsTheJvm_isFailedWithTheExitCodeAndTheSearchFinishes() {
    SearchResult result = faultySearch(new FaultFamilies.Halting(), faultEngine());

    assertThat(failures(result, "halting"))
        .isNotEmpty()
        .allMatch(reason -> reason.equals("worker crashed with exit code 134"));
    assertThat(result.trials()).anyMatch(t -> t.family().equals("cart") && t.succeeded());
  }

  @Test
  void search_trialLoopsPastItsTimeLimit_isKilledAndFailedAndTheSearchFinishes() {
    GreenAutoML.Builder engine = faultEngine().perTrialTimeLimit(Duration.ofSeconds(3));
    SearchResult result = faultySearch(new FaultFamilies.Spinning(), engine);

    assertThat(failures(result, "spinning"))
        .isNotEmpty()
        .allMatch(reason -> reason.equals("trial exceeded its time limit of 3 s; worker killed"));
    assertThat(result.trials()).anyMatch(t -> t.family().equals("cart") && t.succeeded());
    assertThat(ProcessHandle.current().children()).as("workers ended").isEmpty();
  }

  @Test
  void search_budgetExhaustedWhileAWorkerSpins_killsTheWorkerAndStops() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    double budget = 3e-6; // a few seconds of one busy core under the power model
    SearchResult result =
        GreenAutoML.builder()
            .isolation(Isolation.PROCESS)
            .workerHeapMegabytes(256)
            .workers(1)
            .seed(3)
            .families(List.of(new FaultFamilies.Spinning()))
            .minFidelity(1.0 / 9)
            .build()
            .search(data, budget);

    assertThat(result.stopReason()).isEqualTo(StopReason.BUDGET);
    assertThat(result.trials()).isNotEmpty().allMatch(t -> t.status() == TrialStatus.STOPPED);
    assertThat(result.trials().get(0).failureReason())
        .contains("carbon budget exhausted", "worker killed");
    assertThat(ProcessHandle.current().children()).as("workers killed").isEmpty();
    // Overshoot: at most one 200 ms progress period plus the 50 ms poll of the one busy worker,
    // and one 200 ms overhead period of the engine: about 10% of this small budget each (0.7% seen).
    assertThat(result.budget().spentKgCO2e()).isLessThanOrEqualTo(budget * 1.25);
  }

  @Test
  void search_familyAWorkerCannotLoad_isRefusedBeforeTheSearch() {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    ModelFamily anonymous = new FaultFamilies.Fault("anonymous") {
      @Override
      protected void fail(Dataset<Label> train) {}
    };
    GreenAutoML engine = GreenAutoML.builder().isolation(Isolation.PROCESS)
        .families(List.of(anonymous)).minFidelity(1.0 / 9).build();
    assertThatThrownBy(() -> engine.search(data, GENEROUS_BUDGET))
        .isInstanceOf(GreenAutoMLException.class)
        .hasMessageContaining("a worker process cannot run it")
        .hasMessageContaining("greenautoml.worker.families");
  }

  private static GreenAutoML parityEngine(Isolation isolation) {
    return GreenAutoML.builder()
        .isolation(isolation)
        .workers(1)
        .seed(11)
        .crossValidationRows(0) // worker processes score on the holdout only, as threads then do
        .maxTrials(16)
        .objectives(SearchObjective.VALIDATION_ACCURACY)
        .families("logistic", "cart", "random-forest")
        .minFidelity(1.0 / 9)
        .build();
  }

  private static GreenAutoML.Builder faultEngine() {
    return GreenAutoML.builder()
        .isolation(Isolation.PROCESS)
        .workerHeapMegabytes(128)
        .workers(1)
        .seed(7)
        .maxTrials(8)
        .objectives(SearchObjective.VALIDATION_ACCURACY)
        .minFidelity(1.0 / 9);
  }

  private static SearchResult faultySearch(ModelFamily fault, GreenAutoML.Builder engine) {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    return engine.families(List.of(fault, Families.byName("cart"))).build()
        .search(data, GENEROUS_BUDGET);
  }

  private static List<String> failures(SearchResult result, String family) {
    List<String> reasons = new ArrayList<>();
    for (TrialRecord t : result.trials()) {
      if (t.family().equals(family)) {
        assertThat(t.status()).isEqualTo(TrialStatus.FAILED);
        reasons.add(t.failureReason());
      }
    }
    return reasons;
  }

  private static List<String> describe(List<TrialRecord> trials) {
    List<String> lines = new ArrayList<>();
    for (TrialRecord t : trials) {
      lines.add(t.id() + " " + t.configuration() + " rung " + t.rung() + " " + t.status() + " "
          + t.validationAccuracy() + " " + t.failureReason());
    }
    return lines;
  }

  private static List<Integer> ids(List<TrialRecord> trials) {
    return trials.stream().map(TrialRecord::id).toList();
  }

  private static List<String> labels(List<Prediction<Label>> predictions) {
    return predictions.stream().map(p -> p.getOutput().getLabel()).toList();
  }
}
