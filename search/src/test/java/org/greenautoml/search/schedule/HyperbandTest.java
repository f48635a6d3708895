package org.greenautoml.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.junit.jupiter.api.Test;

final class HyperbandTest {

  private static final FidelityLadder R81 = new FidelityLadder(1.0 / 81, 1.0, 3);

  @Test
  void hyperbandBrackets_r81eta3_matchLiEtAl2018Table1() {
    List<HyperbandBracket> brackets = Schedulers.hyperbandBrackets(R81);
    // Li et al. 2018, Table 1 (R = 81, eta = 3): n_i and r_i per bracket s.
    assertThat(brackets).extracting(HyperbandBracket::s).containsExactly(4, 3, 2, 1, 0);
    assertThat(brackets).extracting(HyperbandBracket::configurations).containsExactly(81, 34, 15, 8, 5);
    assertThat(brackets).extracting(b -> b.startFidelity() * 81)
        .containsExactly(1.0, 3.0, 9.0, 27.0, 81.0);
    assertThat(brackets.get(0).rungSizes()).containsExactly(81, 27, 9, 3, 1);
    assertThat(brackets.get(1).rungSizes()).containsExactly(34, 11, 3, 1);
    assertThat(brackets.get(2).rungSizes()).containsExactly(15, 5, 1);
    assertThat(brackets.get(3).rungSizes()).containsExactly(8, 2);
    assertThat(brackets.get(4).rungSizes()).containsExactly(5);
  }

  @Test
  void hyperband_oneWorker_runsEveryBracketAsPlanned() {
    Scheduler hb = Schedulers.hyperband(SuccessiveHalvingTest.SPACE, R81, SuccessiveHalvingTest.LOSS, 9);
    Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>();
    int lastBracketSeen = Integer.MAX_VALUE;
    int expectedId = 0;
    while (hb.next() instanceof Decision.Run run) {
      Trial t = run.trial();
      assertThat(t.id()).isEqualTo(expectedId++);
      assertThat(t.bracket()).as("brackets run s_max first, one after another").isLessThanOrEqualTo(lastBracketSeen);
      lastBracketSeen = t.bracket();
      counts.computeIfAbsent(t.bracket(), k -> new TreeMap<>()).merge(t.rung(), 1, Integer::sum);
      hb.report(TrialOutcome.succeeded(t, ObjectiveVector.of(
          SuccessiveHalvingTest.loss(t.configuration(), t.fidelity())), 0));
    }
    assertThat(counts.get(4)).containsExactly(Map.entry(0, 81), Map.entry(1, 27), Map.entry(2, 9), Map.entry(3, 3), Map.entry(4, 1));
    assertThat(counts.get(3)).containsExactly(Map.entry(1, 34), Map.entry(2, 11), Map.entry(3, 3), Map.entry(4, 1));
    assertThat(counts.get(2)).containsExactly(Map.entry(2, 15), Map.entry(3, 5), Map.entry(4, 1));
    assertThat(counts.get(1)).containsExactly(Map.entry(3, 8), Map.entry(4, 2));
    assertThat(counts.get(0)).containsExactly(Map.entry(4, 5));
  }
}
