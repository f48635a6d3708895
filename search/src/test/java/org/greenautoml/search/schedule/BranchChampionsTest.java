package org.greenautoml.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.pareto.TieBreak;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Sampler;
import org.junit.jupiter.api.Test;

/**
 * A family that is never in a rung's best third but close to its best still reaches the top
 * fidelity with its best configuration; one far below does not; without the rule neither does.
 */
final class BranchChampionsTest {

  private static final FidelityLadder LADDER = new FidelityLadder(1.0 / 9, 1.0, 3);
  private static final Promotion ACCURACY =
      Promotion.singleObjective(Objective.maximize("accuracy"));
  private static final Promotion ACCURACY_AND_ENERGY = new Promotion(
      Objectives.of(Objective.maximize("accuracy"), Objective.minimize("energy")),
      TieBreak.CROWDING_DISTANCE);
  private static final BranchChampions CHAMPIONS =
      BranchChampions.within(c -> c.getString("family"), 0, 0.03);

  /** Nine strong configurations of "boost", three of "forest" 2 pp below, three of "bayes" 20 pp. */
  private static List<Configuration> configurations() {
    List<Configuration> list = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      list.add(Configuration.of(Map.of("family", "boost", "i", i)));
    }
    for (int i = 0; i < 3; i++) {
      list.add(Configuration.of(Map.of("family", "forest", "i", i)));
      list.add(Configuration.of(Map.of("family", "bayes", "i", i)));
    }
    return list;
  }

  private static double accuracy(Configuration c) {
    int i = c.getInt("i");
    return switch (c.getString("family")) {
      case "boost" -> 0.90 + 0.001 * i;
      case "forest" -> 0.88 + 0.001 * i;
      default -> 0.70 + 0.001 * i;
    };
  }

  private static Sampler listed(List<Configuration> configurations) {
    Deque<Configuration> left = new ArrayDeque<>(configurations);
    return () -> Optional.ofNullable(left.poll());
  }

  /** Runs the scheduler with one worker to the end; returns the trials it ran at the top rung. */
  private static List<Trial> topTrials(Scheduler asha, Promotion promotion) {
    List<Trial> top = new ArrayList<>();
    while (true) {
      Decision d = asha.next();
      if (d instanceof Decision.Done) {
        return top;
      }
      Trial t = ((Decision.Run) d).trial();
      if (t.fidelity() == 1.0) {
        top.add(t);
      }
      double[] values = promotion.objectives().size() == 1
          ? new double[] {accuracy(t.configuration())}
          : new double[] {accuracy(t.configuration()), t.configuration().getInt("i") + 1.0};
      asha.report(TrialOutcome.succeeded(t, ObjectiveVector.of(values), 0.001));
    }
  }

  private static List<String> families(List<Trial> trials) {
    return trials.stream().map(t -> t.configuration().getString("family")).distinct().toList();
  }

  @Test
  void asha_withChampions_bringsEachCloseFamilysBestToTheTop() {
    for (Promotion promotion : List.of(ACCURACY, ACCURACY_AND_ENERGY)) {
      List<Trial> top = topTrials(
          Schedulers.asha(listed(configurations()), LADDER, promotion, 1, 100, CHAMPIONS), promotion);

      assertThat(families(top)).as("families at the top, %s", promotion)
          .contains("boost", "forest").doesNotContain("bayes");
      assertThat(top).filteredOn(t -> t.configuration().getString("family").equals("forest"))
          .extracting(t -> t.configuration().getInt("i")).as("forest's best").contains(2);
    }
  }

  @Test
  void asha_withoutChampions_leavesTheCloseFamilyAtTheBottom() {
    List<Trial> top = topTrials(
        Schedulers.asha(listed(configurations()), LADDER, ACCURACY, 1, 100), ACCURACY);

    assertThat(families(top)).containsExactly("boost");
  }

  @Test
  void asha_withChampions_promotesNoFamilysFirstResultBeforeTheRungCanJudgeIt() {
    List<Configuration> oneEach = List.of(configurations().get(9), configurations().get(10),
        configurations().get(0), configurations().get(1));
    Scheduler asha = Schedulers.asha(listed(oneEach), LADDER, ACCURACY, 1, 100, CHAMPIONS);

    for (int i = 0; i < 2; i++) {
      Trial t = ((Decision.Run) asha.next()).trial();
      assertThat(t.rung()).as("decision %d", i).isZero();
      asha.report(TrialOutcome.succeeded(
          t, ObjectiveVector.of(accuracy(t.configuration())), 0.001));
    }
    assertThat(((Decision.Run) asha.next()).trial().rung())
        .as("two results in a rung with eta 3: nothing to promote yet").isZero();
  }

  @Test
  void asha_championMargin_isAskedWithTheRungsBestInTheObjectivesOwnUnits() {
    for (Promotion promotion : List.of(ACCURACY, ACCURACY_AND_ENERGY)) {
      List<Double> asked = new ArrayList<>();
      BranchChampions recording = new BranchChampions(c -> c.getString("family"), 0, best -> {
        asked.add(best);
        return 0.03;
      });
      topTrials(Schedulers.asha(listed(configurations()), LADDER, promotion, 1, 100, recording),
          promotion);

      assertThat(asked).isNotEmpty().allSatisfy(best -> assertThat(best).isBetween(0.90, 0.909));
    }
  }

  @Test
  void asha_championMarginBelowTheGap_keepsTheCloseFamilyDown() {
    List<Trial> top = topTrials(Schedulers.asha(listed(configurations()), LADDER, ACCURACY, 1, 100,
        BranchChampions.within(c -> c.getString("family"), 0, 0.01)), ACCURACY);

    assertThat(families(top)).containsExactly("boost");
  }

  @Test
  void asha_championsObjectiveOutsideThePromotions_isRefused() {
    assertThatThrownBy(() -> Schedulers.asha(listed(configurations()), LADDER, ACCURACY, 1, 100,
        BranchChampions.within(c -> "x", 1, 0.03)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below 1");
  }
}
