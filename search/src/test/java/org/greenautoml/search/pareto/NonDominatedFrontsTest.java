package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class NonDominatedFrontsTest {

  static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (PointGenerators.Kind kind : PointGenerators.Kind.values()) {
      for (int m = 1; m <= 4; m++) {
        for (long seed = 1; seed <= 6; seed++) {
          cases.add(new Object[] {kind, m, seed});
        }
      }
    }
    return cases;
  }

  /** After every arrival the fronts equal a full non-dominated sort of all points so far. */
  @ParameterizedTest
  @MethodSource("cases")
  void add_pointsOneByOne_frontsEqualFullSortAfterEveryArrival(
      PointGenerators.Kind kind, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, 150, m, seed);
    NonDominatedFronts fronts = new NonDominatedFronts(m);
    for (int i = 0; i < points.size(); i++) {
      int front = fronts.add(points.get(i));

      List<int[]> expected = NonDominatedSorting.fronts(points.subList(0, i + 1));
      assertThat(fronts.fronts()).as("fronts after %d points", i + 1)
          .containsExactlyElementsOf(expected);
      assertThat(expected.get(front)).as("front returned for point %d", i).contains(i);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void mark_randomPoints_unmarkedCountsFollowMovesBetweenFronts(
      PointGenerators.Kind kind, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, 120, m, seed);
    SplittableRandom random = new SplittableRandom(seed * 31 + m);
    NonDominatedFronts fronts = new NonDominatedFronts(m);
    boolean[] marked = new boolean[points.size()];
    for (int i = 0; i < points.size(); i++) {
      fronts.add(points.get(i));
      if (random.nextInt(3) == 0) {
        int j = random.nextInt(fronts.frontCount());
        NonDominatedFronts.Front front = fronts.front(j);
        int p = front.member(random.nextInt(front.size()));
        if (!marked[p]) {
          fronts.mark(p, j);
          marked[p] = true;
        }
      }
      for (int j = 0; j < fronts.frontCount(); j++) {
        NonDominatedFronts.Front front = fronts.front(j);
        int unmarked = 0;
        for (int k = 0; k < front.size(); k++) {
          unmarked += marked[front.member(k)] ? 0 : 1;
          assertThat(fronts.isMarked(front.member(k))).isEqualTo(marked[front.member(k)]);
        }
        assertThat(front.unmarked()).as("unmarked in front %d after %d points", j, i + 1)
            .isEqualTo(unmarked);
      }
    }
  }

  @Test
  void add_negativeZero_equalsZero() {
    NonDominatedFronts fronts = new NonDominatedFronts(2);
    fronts.add(new double[] {0.0, 1.0});
    fronts.add(new double[] {-0.0, 1.0});

    assertThat(fronts.fronts()).containsExactlyElementsOf(List.of(new int[] {0, 1}));
  }

  @Test
  void add_badPoints_rejectedWithReason() {
    NonDominatedFronts fronts = new NonDominatedFronts(2);

    assertThatThrownBy(() -> fronts.add(new double[] {1.0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point must have 2 coordinates, found 1");
    assertThatThrownBy(() -> fronts.add(new double[] {1.0, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point must not contain NaN, found [1.0, NaN]");
    assertThat(fronts.size()).isZero();
  }

  @Test
  void mark_markedTwice_rejected() {
    NonDominatedFronts fronts = new NonDominatedFronts(2);
    fronts.add(new double[] {1.0, 2.0});
    fronts.mark(0, 0);

    assertThatThrownBy(() -> fronts.mark(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("point 0 must be unmarked, found marked");
  }
}
