package org.greenautoml.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.junit.jupiter.api.Test;

final class SuccessiveHalvingTest {

  static final ParameterSpace SPACE = ParameterSpace.of(DoubleParameter.uniform("x", 0, 1, 0.5));
  static final Promotion LOSS = Promotion.singleObjective(Objective.minimize("loss"));

  /** A synthetic loss whose ranking changes with fidelity: low fidelity favours small x. */
  static double loss(Configuration c, double fidelity) {
    double x = c.getDouble("x");
    return (x - 0.7) * (x - 0.7) + (1 - fidelity) * x;
  }

  @Test
  void successiveHalving_eta3_27configs_rungSizesAndPromotedSetsMatchHandComputation() {
    FidelityLadder ladder = new FidelityLadder(1.0 / 27, 1.0, 3);
    assertThat(ladder.rungs()).containsExactly(1.0 / 27, 1.0 / 9, 1.0 / 3, 1.0);
    Scheduler sh = Schedulers.successiveHalving(SPACE, ladder, 27, LOSS, 42);
    Map<Integer, List<Trial>> byRung = runToCompletion(sh);
    assertThat(byRung.keySet()).containsExactly(0, 1, 2, 3);
    assertThat(byRung.values()).extracting(List::size).containsExactly(27, 9, 3, 1);
    for (int rung = 0; rung < 3; rung++) {
      double fidelity = ladder.rungs().get(rung);
      List<Configuration> expected = byRung.get(rung).stream()
          .map(Trial::configuration)
          .sorted(Comparator.comparingDouble(c -> loss(c, fidelity)))
          .limit(byRung.get(rung + 1).size())
          .toList();
      assertThat(byRung.get(rung + 1)).extracting(Trial::configuration)
          .as("promoted into rung %d", rung + 1).containsExactlyElementsOf(expected);
      assertThat(byRung.get(rung + 1)).allMatch(t -> t.fidelity() == ladder.rungs().get(t.rung()));
    }
  }

  @Test
  void successiveHalving_sameSeed_givesSameTrialsInSameOrder() {
    FidelityLadder ladder = new FidelityLadder(1.0 / 9, 1.0, 3);
    assertThat(runToCompletion(Schedulers.successiveHalving(SPACE, ladder, 10, LOSS, 1)))
        .isEqualTo(runToCompletion(Schedulers.successiveHalving(SPACE, ladder, 10, LOSS, 1)));
  }

  @Test
  void successiveHalving_failedTrials_areNeverPromoted() {
    FidelityLadder ladder = new FidelityLadder(1.0 / 3, 1.0, 3);
    Scheduler sh = Schedulers.successiveHalving(SPACE, ladder, 9, LOSS, 3);
    List<Trial> top = new ArrayList<>();
    while (sh.next() instanceof Decision.Run run) {
      Trial t = run.trial();
      if (t.rung() == 1) {
        top.add(t);
      }
      boolean fail = t.configuration().getDouble("x") > 0.4;
      sh.report(fail
          ? TrialOutcome.unsuccessful(t, TrialStatus.FAILED, 0, Measurements.NONE, "boom")
          : TrialOutcome.succeeded(t, ObjectiveVector.of(loss(t.configuration(), 1)), 0));
    }
    assertThat(top).allMatch(t -> t.configuration().getDouble("x") <= 0.4);
  }

  @Test
  void report_unknownTrial_isRejected() {
    Scheduler sh = Schedulers.successiveHalving(SPACE, new FidelityLadder(0.5, 1, 2), 4, LOSS, 1);
    Trial stranger = new Trial(99, SPACE.defaults().get(0), 0, 0.5, 0);
    assertThatThrownBy(() -> sh.report(TrialOutcome.succeeded(stranger, ObjectiveVector.of(1), 0)))
        .hasMessage("trial 99 must be running in successive-halving to be reported");
  }

  @Test
  void report_wrongNumberOfObjectives_namesTheObjectives() {
    Scheduler sh = Schedulers.successiveHalving(SPACE, new FidelityLadder(0.5, 1, 2), 4, LOSS, 1);
    Trial t = ((Decision.Run) sh.next()).trial();
    assertThatThrownBy(() -> sh.report(TrialOutcome.succeeded(t, ObjectiveVector.of(1, 2), 0)))
        .hasMessageStartingWith("objectives of trial 0 must have 1 values");
  }

  @Test
  void fidelityLadder_badEta_isRejected() {
    assertThatThrownBy(() -> new FidelityLadder(0.1, 1, 1)).hasMessage("eta must be at least 2, found 1");
    assertThatThrownBy(() -> new FidelityLadder(0.1, 1.5, 3)).hasMessage("max fidelity must be in (0, 1], found 1.5");
  }

  /** Runs with one worker; trials grouped by rung in hand-out order. */
  static Map<Integer, List<Trial>> runToCompletion(Scheduler scheduler) {
    Map<Integer, List<Trial>> byRung = new TreeMap<>();
    while (true) {
      Decision d = scheduler.next();
      if (d instanceof Decision.Done) {
        return byRung;
      }
      assertThat(d).as("one worker never waits").isInstanceOf(Decision.Run.class);
      Trial t = ((Decision.Run) d).trial();
      byRung.computeIfAbsent(t.rung(), k -> new ArrayList<>()).add(t);
      scheduler.report(TrialOutcome.succeeded(
          t, ObjectiveVector.of(loss(t.configuration(), t.fidelity())), 0.0));
    }
  }
}
