package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class ParetoRankingTest {

  record Trial(String id, double accuracy, double joules) {
    ObjectiveVector objectives() {
      return ObjectiveVector.of(accuracy, joules);
    }
  }

  private static final Objectives ACCURACY_JOULES =
      Objectives.of(Objective.maximize("accuracy"), Objective.minimize("joules"));

  @Test
  void rank_twoObjectives_frontsBestFirstThenCrowding() {
    List<Trial> trials =
        List.of(
            new Trial("dominated", 0.70, 50),
            new Trial("cheap", 0.80, 10),
            new Trial("middle", 0.85, 20),
            new Trial("accurate", 0.95, 100),
            new Trial("worst", 0.60, 200));

    List<Trial> ranked =
        ParetoRanking.rank(trials, Trial::objectives, ACCURACY_JOULES, TieBreak.CROWDING_DISTANCE, 1);

    assertThat(ranked).extracting(Trial::id)
        .containsExactly("cheap", "accurate", "middle", "dominated", "worst");
  }

  @Test
  void rank_singleObjective_isStableSort() {
    Objectives accuracy = Objectives.of(Objective.maximize("accuracy"));
    List<Trial> trials =
        List.of(new Trial("a", 0.8, 0), new Trial("b", 0.9, 0), new Trial("c", 0.8, 0),
            new Trial("d", 0.9, 0));

    List<Trial> ranked =
        ParetoRanking.rank(
            trials, t -> ObjectiveVector.of(t.accuracy()), accuracy, TieBreak.EPSILON_NET, 5);

    assertThat(ranked).extracting(Trial::id).containsExactly("b", "d", "a", "c");
  }

  @RepeatedTest(10)
  void rank_randomTrials_respectsFrontsAndIsDeterministic(RepetitionInfo info) {
    long seed = info.getCurrentRepetition();
    List<double[]> points = PointGenerators.generate(PointGenerators.Kind.INTEGER_GRID, 200, 3, seed);
    Objectives objectives =
        Objectives.of(Objective.minimize("a"), Objective.minimize("b"), Objective.minimize("c"));
    int[] ranks = Oracles.peelingRanks(points);
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      items.add(i);
    }

    for (TieBreak tieBreak : TieBreak.values()) {
      List<Integer> ranked =
          ParetoRanking.rank(items, i -> ObjectiveVector.of(points.get(i)), objectives, tieBreak, seed);

      assertThat(ranked).containsExactlyInAnyOrderElementsOf(items);
      for (int k = 1; k < ranked.size(); k++) {
        assertThat(ranks[ranked.get(k - 1)]).isLessThanOrEqualTo(ranks[ranked.get(k)]);
      }
      assertThat(ParetoRanking.rank(items, i -> ObjectiveVector.of(points.get(i)), objectives,
          tieBreak, seed)).isEqualTo(ranked);
    }
  }

  @Test
  void rank_wrongVectorSize_throws() {
    List<Trial> trials = List.of(new Trial("a", 0.8, 1));

    assertThatThrownBy(
            () ->
                ParetoRanking.rank(
                    trials, t -> ObjectiveVector.of(1), ACCURACY_JOULES, TieBreak.EPSILON_NET, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 2 values");
  }

  @Test
  void rank_empty_isEmpty() {
    assertThat(
            ParetoRanking.rank(
                List.<Trial>of(), Trial::objectives, ACCURACY_JOULES, TieBreak.EPSILON_NET, 0))
        .isEmpty();
  }
}
