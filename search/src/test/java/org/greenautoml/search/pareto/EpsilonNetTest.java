package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class EpsilonNetTest {

  @RepeatedTest(20)
  void order_randomFront_isAPermutationAndDeterministic(RepetitionInfo info) {
    long seed = info.getCurrentRepetition();
    List<double[]> front = PointGenerators.generate(PointGenerators.Kind.COLLINEAR, 50, 3, seed);

    int[] order = EpsilonNet.order(front, seed);

    assertThat(order).containsExactlyInAnyOrder(range(50));
    assertThat(EpsilonNet.order(front, seed)).containsExactly(order);
  }

  @Test
  void order_linearFront_secondPointIsFarthestFromFirst() {
    List<double[]> front = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      front.add(new double[] {i, 10 - i});
    }

    int[] order = EpsilonNet.order(front, 7);

    int first = order[0];
    int expectedSecond = first <= 5 ? 10 : 0;
    assertThat(order[1]).isEqualTo(expectedSecond);
  }

  @Test
  void order_greedyFarthestPoint_eachNextMaximisesDistanceToChosen() {
    List<double[]> front = PointGenerators.generate(PointGenerators.Kind.UNIFORM, 40, 2, 3);
    int[] order = EpsilonNet.order(front, 11);
    List<double[]> scaled = Normalisation.fit(front).applyAll(front);

    for (int step = 1; step < order.length; step++) {
      double chosenDistance = nearest(scaled, order, step, order[step]);
      for (int later = step + 1; later < order.length; later++) {
        assertThat(nearest(scaled, order, step, order[later])).isLessThanOrEqualTo(chosenDistance);
      }
    }
  }

  @Test
  void order_duplicates_comeLast() {
    List<double[]> front =
        List.of(
            new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}, new double[] {0.5, 0.5});

    for (long seed = 0; seed < 10; seed++) {
      int[] order = EpsilonNet.order(front, seed);

      assertThat(order[3]).as("seed %d", seed).isIn(0, 1);
    }
  }

  private static double nearest(List<double[]> scaled, int[] order, int chosen, int candidate) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < chosen; i++) {
      double[] a = scaled.get(order[i]);
      double[] b = scaled.get(candidate);
      double d = 0;
      for (int k = 0; k < a.length; k++) {
        d += (a[k] - b[k]) * (a[k] - b[k]);
      }
      best = Math.min(best, d);
    }
    return best;
  }

  private static Integer[] range(int n) {
    Integer[] r = new Integer[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
