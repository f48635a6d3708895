package org.greenautoml.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AshaTest {

  private static final FidelityLadder LADDER = new FidelityLadder(1.0 / 27, 1.0, 3);
  private static final int WORKERS = 4;

  private record Running(double finishAt, Trial trial) {}

  /**
   * Four simulated workers with random durations; every time a worker is free it asks ASHA. An
   * oracle that keeps its own rung tables checks that ASHA waits only when no promotion and no new
   * configuration is possible, and that each promotion is one of the best floor(n/eta) of its rung.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void asha_fourWorkers_neverIdlesAWorkerWhileWorkIsPossible(long seed) {
    int maxConfigurations = 80;
    Scheduler asha = Schedulers.asha(SuccessiveHalvingTest.SPACE, LADDER, SuccessiveHalvingTest.LOSS, seed, maxConfigurations);
    SplittableRandom random = new SplittableRandom(seed);
    PriorityQueue<Running> running = new PriorityQueue<>(Comparator.comparingDouble(Running::finishAt));
    Map<Integer, List<double[]>> rungResults = new HashMap<>(); // rung -> (loss, arrival) ...
    Map<Integer, List<Configuration>> rungConfigs = new HashMap<>();
    Map<Integer, Set<Configuration>> promoted = new HashMap<>();
    int started = 0;
    double now = 0;
    boolean done = false;
    while (!done) {
      while (running.size() < WORKERS) {
        Decision d = asha.next();
        if (d instanceof Decision.Done) {
          assertThat(running).isEmpty();
          done = true;
          break;
        }
        if (d instanceof Decision.Wait) {
          assertThat(started).as("waits only after the configuration limit").isEqualTo(maxConfigurations);
          for (int k = 0; k + 1 < LADDER.rungs().size(); k++) {
            assertThat(candidates(k, rungResults, rungConfigs, promoted))
                .as("no promotion possible at rung %d while waiting", k).isEmpty();
          }
          break;
        }
        Trial t = ((Decision.Run) d).trial();
        if (t.rung() == 0) {
          for (int k = 0; k + 1 < LADDER.rungs().size(); k++) {
            assertThat(candidates(k, rungResults, rungConfigs, promoted)).isEmpty();
          }
          started++;
        } else {
          int from = t.rung() - 1;
          for (int k = t.rung(); k + 1 < LADDER.rungs().size(); k++) {
            assertThat(candidates(k, rungResults, rungConfigs, promoted)).as("higher rungs first").isEmpty();
          }
          assertThat(candidates(from, rungResults, rungConfigs, promoted)).contains(t.configuration());
          promoted.computeIfAbsent(from, k -> new HashSet<>()).add(t.configuration());
        }
        running.add(new Running(now + t.fidelity() * (0.5 + random.nextDouble()), t));
      }
      if (done) {
        break;
      }
      assertThat(running).as("something runs whenever the scheduler is not done").isNotEmpty();
      Running finished = running.poll();
      now = finished.finishAt();
      Trial t = finished.trial();
      double loss = SuccessiveHalvingTest.loss(t.configuration(), t.fidelity()) + 0.01 * random.nextDouble();
      rungResults.computeIfAbsent(t.rung(), k -> new ArrayList<>()).add(new double[] {loss});
      rungConfigs.computeIfAbsent(t.rung(), k -> new ArrayList<>()).add(t.configuration());
      asha.report(TrialOutcome.succeeded(t, ObjectiveVector.of(loss), 0));
    }
    assertThat(started).isEqualTo(maxConfigurations);
    assertThat(rungConfigs.get(LADDER.rungs().size() - 1)).isNotEmpty();
  }

  /** Brute force: the unpromoted configurations among the best floor(n/eta) of rung k. */
  private static List<Configuration> candidates(int k, Map<Integer, List<double[]>> results,
      Map<Integer, List<Configuration>> configs, Map<Integer, Set<Configuration>> promoted) {
    List<double[]> losses = results.getOrDefault(k, List.of());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < losses.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> losses.get(i)[0]));
    List<Configuration> out = new ArrayList<>();
    for (int i = 0; i < losses.size() / LADDER.eta(); i++) {
      Configuration c = configs.get(k).get(order.get(i));
      if (!promoted.getOrDefault(k, Set.of()).contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
