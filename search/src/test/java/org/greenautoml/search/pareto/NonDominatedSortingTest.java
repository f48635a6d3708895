package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.greenautoml.search.pareto.PointGenerators.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class NonDominatedSortingTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    int[] sizes = {1, 2, 3, 7, 20, 100, 600, 2000};
    long seed = 1;
    for (Kind kind : Kind.values()) {
      for (int m = 1; m <= 5; m++) {
        for (int n : sizes) {
          if (n == 2000 && m >= 4 && kind != Kind.INTEGER_GRID) {
            continue; // keeps the O(fronts n²) oracle quick; grid sets still cover 2,000
          }
          cases.add(Arguments.of(kind, n, m, seed++));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} n={1} m={2} seed={3}")
  @MethodSource("cases")
  void ranks_randomPointSets_matchPeelingOracle(Kind kind, int n, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, n, m, seed);

    int[] expected = Oracles.peelingRanks(points);

    assertThat(NonDominatedSorting.ranks(points)).containsExactly(expected);
    if (n <= 600) {
      assertThat(NonDominatedSorting.ranksByDominanceCounting(points)).containsExactly(expected);
    }
  }

  @ParameterizedTest(name = "m={0}")
  @MethodSource("dimensions")
  void fronts_randomPoints_groupIndicesByRankAscending(int m) {
    List<double[]> points = PointGenerators.generate(Kind.INTEGER_GRID, 300, m, 42 + m);
    int[] ranks = NonDominatedSorting.ranks(points);

    List<int[]> fronts = NonDominatedSorting.fronts(points);

    int total = 0;
    for (int f = 0; f < fronts.size(); f++) {
      int[] front = fronts.get(f);
      assertThat(front).isNotEmpty().isSorted();
      for (int i : front) {
        assertThat(ranks[i]).isEqualTo(f);
      }
      total += front.length;
    }
    assertThat(total).isEqualTo(points.size());
  }

  static Stream<Integer> dimensions() {
    return Stream.of(1, 2, 3, 4, 5);
  }

  @Test
  void ranks_equalPoints_shareAFront() {
    List<double[]> points =
        List.of(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {0, 2, 3});

    assertThat(NonDominatedSorting.ranks(points)).containsExactly(1, 1, 0);
  }

  @Test
  void ranks_negativeZero_equalsZero() {
    List<double[]> points = List.of(new double[] {0.0, -0.0}, new double[] {-0.0, 0.0});

    assertThat(NonDominatedSorting.ranks(points)).containsExactly(0, 0);
  }

  @Test
  void ranks_chainOnDiagonal_oneFrontPerPoint() {
    List<double[]> points = new ArrayList<>();
    for (int i = 4; i >= 0; i--) {
      points.add(new double[] {i, i, i});
    }

    assertThat(NonDominatedSorting.ranks(points)).containsExactly(4, 3, 2, 1, 0);
  }

  @Test
  void ranks_linearFront_allInFirstFront() {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      points.add(new double[] {i / 10.0, 1 - i / 10.0});
    }

    assertThat(NonDominatedSorting.ranks(points)).containsOnly(0);
  }

  @Test
  void ranks_infinities_areOrdinaryValues() {
    List<double[]> points =
        List.of(
            new double[] {Double.POSITIVE_INFINITY, 0},
            new double[] {1, Double.NEGATIVE_INFINITY},
            new double[] {Double.POSITIVE_INFINITY, 1});

    assertThat(NonDominatedSorting.ranks(points)).containsExactly(1, 0, 2);
  }

  @Test
  void ranks_empty_isEmpty() {
    assertThat(NonDominatedSorting.ranks(List.of())).isEmpty();
    assertThat(NonDominatedSorting.fronts(List.of())).isEmpty();
  }

  @Test
  void ranks_mixedSizes_throwsNamingThePoint() {
    List<double[]> points = List.of(new double[] {1, 2}, new double[] {1, 2, 3});

    assertThatThrownBy(() -> NonDominatedSorting.ranks(points))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points[1] must have 2 coordinates");
  }

  @Test
  void ranks_nan_throwsNamingThePoint() {
    List<double[]> points = List.of(new double[] {1, 2}, new double[] {Double.NaN, 3});

    assertThatThrownBy(() -> NonDominatedSorting.ranks(points))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points[1] must not contain NaN");
  }
}
