package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class ParetoFrontTest {

  private static final Objectives TWO =
      Objectives.of(Objective.maximize("accuracy"), Objective.minimize("joules"));

  @Test
  void add_dominatedItem_isRejectedAndDominatedMembersLeave() {
    ParetoFront<double[]> front = new ParetoFront<>(TWO, ObjectiveVector::of);

    assertThat(front.add(new double[] {0.8, 10})).isTrue();
    assertThat(front.add(new double[] {0.7, 20})).isFalse();
    assertThat(front.add(new double[] {0.9, 30})).isTrue();
    assertThat(front.add(new double[] {0.9, 5})).isTrue();

    assertThat(front.members()).containsExactly(new double[] {0.9, 5});
  }

  @Test
  void add_equalItems_bothStay() {
    ParetoFront<String> front = new ParetoFront<>(TWO, s -> ObjectiveVector.of(0.5, 1));

    front.add("a");
    front.add("b");

    assertThat(front.members()).containsExactly("a", "b");
  }

  @RepeatedTest(10)
  void collector_randomPoints_keepsExactlyTheFirstFront(RepetitionInfo info) {
    List<double[]> points =
        PointGenerators.generate(PointGenerators.Kind.WITH_DUPLICATES, 500, 3, info.getCurrentRepetition());
    Objectives three =
        Objectives.of(Objective.minimize("a"), Objective.minimize("b"), Objective.minimize("c"));
    int[] ranks = Oracles.peelingRanks(points);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] == 0) {
        expected.add(i);
      }
    }

    ParetoFront<Integer> front =
        IntStream.range(0, points.size()).boxed().parallel()
            .collect(ParetoFront.collector(three, i -> ObjectiveVector.of(points.get(i))));

    assertThat(front.members()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void collector_empty_isAnEmptyFront() {
    ParetoFront<Integer> front =
        IntStream.range(0, 0).boxed().collect(ParetoFront.collector(TWO, i -> ObjectiveVector.of(i, i)));

    assertThat(front.isEmpty()).isTrue();
  }
}
