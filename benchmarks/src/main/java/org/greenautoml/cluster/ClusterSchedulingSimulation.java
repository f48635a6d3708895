package org.greenautoml.cluster;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.greenautoml.search.budget.CarbonLedger;
import org.greenautoml.search.budget.CostPredictor;
import org.greenautoml.search.budget.SearchLimits;
import org.greenautoml.search.execute.SearchOutcome;
import org.greenautoml.search.execute.SearchRunner;
import org.greenautoml.search.execute.TrialEvaluation;
import org.greenautoml.search.execute.TrialEvaluator;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.FidelityLadder;
import org.greenautoml.search.schedule.Promotion;
import org.greenautoml.search.schedule.Schedulers;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;

/**
 * The driver's overhead with many members, without training: the engine's own runner (ASHA,
 * ledger, cost predictor) and the cluster backend's carbon-aware {@link Placement} drive {@code
 * M} simulated members, each trial a fixed sleep on a slot. It reports trials per second, the
 * driver's CPU time per trial (scheduler, ledger and placement together) and the fraction of
 * member time idle, against the ideal of {@code trials x trialMillis / M}. Lives in the cluster
 * package for the package-private placement. Run (after {@code mvn -o -q -pl benchmarks -am
 * package -DskipTests}):
 * {@code java -cp "benchmarks/target/classes:search/target/classes:automl-core/target/classes:energy-meter/target/classes"
 * org.greenautoml.cluster.ClusterSchedulingSimulation 64 20}
 */
public final class ClusterSchedulingSimulation {

  private static final String[] REGIONS = {"SE", "FR", "DE", "PL", "WORLD"};
  private static final int TRIALS_PER_MEMBER = 40;

  private ClusterSchedulingSimulation() {}

  /** Arguments: the largest member count (default 64) and the trial time in ms (default 20). */
  public static void main(String[] args) {
    int most = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    long trialMillis = args.length > 1 ? Long.parseLong(args[1]) : 20;
    System.out.printf(Locale.ROOT, "%8s %7s %9s %10s %12s %10s%n", "members", "trials",
        "trials/s", "ideal t/s", "driver us/t", "idle");
    run(8, 8 * TRIALS_PER_MEMBER, trialMillis, false); // warm-up: JIT and class loading
    for (int members : new int[] {1, 8, most}) {
      run(members, members * TRIALS_PER_MEMBER, trialMillis, true);
    }
  }

  private static void run(int memberCount, int trials, long trialMillis, boolean print) {
    Placement placement = new Placement();
    List<MemberView> members = new ArrayList<>();
    for (int i = 0; i < memberCount; i++) {
      String region = REGIONS[i % REGIONS.length];
      members.add(new MemberView("m" + i, "10.0.0." + (i + 1) + ":5701", region,
          org.greenautoml.energy.carbon.CarbonRegions.bundled().lookup(region).gramsCO2ePerKWh(),
          1.0, 1));
    }
    placement.update(members);
    AtomicLong busyNanos = new AtomicLong();
    TrialEvaluator simulated = (trial, stop) -> {
      MemberView member = placement.acquire(Set.of(), 60_000, stop::isStopRequested).orElseThrow();
      long start = System.nanoTime();
      try {
        TimeUnit.MILLISECONDS.sleep(trialMillis);
      } finally {
        busyNanos.addAndGet(System.nanoTime() - start);
        placement.release(member);
      }
      double accuracy = 0.5 + 0.4 * trial.fidelity()
          * (1 - Math.abs(trial.configuration().getDouble("x") - 0.3));
      return new TrialEvaluation(ObjectiveVector.of(accuracy), 1e-9 * trial.fidelity());
    };
    ParameterSpace space = ParameterSpace.of(DoubleParameter.uniform("x", 0, 1, 0.5),
        IntParameter.uniform("depth", 1, 16, 6));
    SearchRunner runner = SearchRunner.builder(
            Schedulers.asha(space, new FidelityLadder(1.0 / 27, 1.0, 3),
                Promotion.singleObjective(Objective.maximize("accuracy")), 1),
            simulated, new CarbonLedger(1e6), new CostPredictor(1e-9, 2.0))
        .workers(memberCount)
        .limits(SearchLimits.NONE.withMaxTrials(trials))
        .build();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    SearchOutcome outcome = runner.run();
    long wall = System.nanoTime() - start;
    long cpu = processCpuNanos() - cpuBefore;
    int done = outcome.outcomes().size();
    double idle = 1 - busyNanos.get() / ((double) memberCount * wall);
    if (!print) {
      return;
    }
    System.out.printf(Locale.ROOT, "%8d %7d %9.1f %10.1f %12.1f %9.1f%%%n", memberCount, done,
        done / (wall / 1e9), memberCount * 1000.0 / trialMillis, cpu / 1e3 / done, 100 * idle);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
