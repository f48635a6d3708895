package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.greenautoml.search.pareto.PointGenerators.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class HypervolumeTest {

  private static final double RELATIVE = 1e-9;

  static Stream<Arguments> smallSets() {
    List<Arguments> cases = new ArrayList<>();
    long seed = 100;
    for (Kind kind : Kind.values()) {
      for (int m = 1; m <= 5; m++) {
        for (int n : new int[] {1, 2, 3, 5, 8, 11}) {
          cases.add(Arguments.of(kind, n, m, seed++));
        }
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> largerSets() {
    List<Arguments> cases = new ArrayList<>();
    long seed = 500;
    for (Kind kind : Kind.values()) {
      for (int n : new int[] {50, 300, 2000}) {
        cases.add(Arguments.of(kind, n, 2, seed++));
        cases.add(Arguments.of(kind, n, 3, seed++));
      }
      cases.add(Arguments.of(kind, 40, 4, seed++));
      cases.add(Arguments.of(kind, 150, 4, seed++));
      cases.add(Arguments.of(kind, 40, 5, seed++));
    }
    return cases.stream();
  }

  static Stream<Arguments> gridSets() {
    List<Arguments> cases = new ArrayList<>();
    long seed = 900;
    for (int m = 2; m <= 5; m++) {
      for (int n : new int[] {30, 300, 2000}) {
        cases.add(Arguments.of(Kind.INTEGER_GRID, n, m, seed++));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} n={1} m={2} seed={3}")
  @MethodSource("smallSets")
  void of_smallSets_matchesInclusionExclusionAndGridUnion(Kind kind, int n, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, n, m, seed);
    double[] ref = referenceFor(points, m, seed);

    double hv = Hypervolume.of(points, ref);

    assertClose(hv, Oracles.inclusionExclusion(points, ref));
    assertClose(hv, Oracles.gridUnion(points, ref));
  }

  @ParameterizedTest(name = "{0} n={1} m={2} seed={3}")
  @MethodSource("largerSets")
  void of_largerSets_matchesSlicingOracle(Kind kind, int n, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, n, m, seed);
    double[] ref = referenceFor(points, m, seed);

    assertClose(Hypervolume.of(points, ref), Oracles.slicing(points, ref));
  }

  @ParameterizedTest(name = "{0} n={1} m={2} seed={3}")
  @MethodSource("gridSets")
  void of_integerGridSets_matchesGridUnion(Kind kind, int n, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, n, m, seed);
    double[] ref = referenceFor(points, m, seed);

    assertClose(Hypervolume.of(points, ref), Oracles.gridUnion(points, ref));
  }

  @ParameterizedTest(name = "{0} n={1} m={2} seed={3}")
  @MethodSource("contributionSets")
  void contributions_randomSets_equalLeaveOneOutLoss(Kind kind, int n, int m, long seed) {
    List<double[]> points = PointGenerators.generate(kind, n, m, seed);
    double[] ref = referenceFor(points, m, seed);
    double total = Hypervolume.of(points, ref);

    double[] contributions = Hypervolume.contributions(points, ref);

    for (int i = 0; i < n; i++) {
      List<double[]> without = new ArrayList<>(points);
      without.remove(i);
      double expected = total - Oracles.slicing(without, ref);
      assertThat(contributions[i])
          .as("point %d %s", i, Arrays.toString(points.get(i)))
          .isCloseTo(expected, within(RELATIVE * Math.max(total, 1e-300)));
    }
  }

  static Stream<Arguments> contributionSets() {
    List<Arguments> cases = new ArrayList<>();
    long seed = 1300;
    for (Kind kind : Kind.values()) {
      for (int m = 1; m <= 5; m++) {
        cases.add(Arguments.of(kind, 1, m, seed++));
        cases.add(Arguments.of(kind, m <= 3 ? 120 : 30, m, seed++));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "n={0}")
  @ValueSource(ints = {1, 2, 10, 100, 1000})
  void of_linearFront2d_isKnownStaircaseArea(int n) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      points.add(new double[] {(double) i / n, 1 - (double) i / n});
    }

    // n steps of width 1/n under the line x + y = 1 inside [0, 1]^2: (n - 1) / (2n)
    assertClose(Hypervolume.of(points, new double[] {1, 1}), (n - 1) / (2.0 * n));
    assertClose(Hypervolume.of(points, new double[] {2, 2}), 3 + (n - 1) / (2.0 * n));
  }

  @ParameterizedTest(name = "m={0}")
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void of_unitVectorsWithReferenceTwo_isTwoToTheMMinusOne(int m) {
    List<double[]> points = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      double[] e = new double[m];
      e[k] = 1;
      points.add(e);
    }
    double[] ref = new double[m];
    Arrays.fill(ref, 2);

    // the complement of the union in [0, 2]^m is the cube [1, 2]^m
    assertClose(Hypervolume.of(points, ref), Math.pow(2, m) - 1);
  }

  @Test
  void of_pointsOnOrBeyondReference_addNothing() {
    List<double[]> points =
        List.of(new double[] {1, 0}, new double[] {0, 3}, new double[] {0.5, 0.5});

    assertThat(Hypervolume.of(points, new double[] {1, 1})).isEqualTo(0.25);
    assertThat(Hypervolume.of(List.of(), new double[] {1, 1})).isZero();
  }

  @Test
  void contributions_duplicatesAndDominated_areZeroAndNeighboursKeepTheirShare() {
    List<double[]> points =
        List.of(
            new double[] {0, 2}, new double[] {1, 1}, new double[] {1, 1}, new double[] {2, 0},
            new double[] {2, 2});

    double[] c = Hypervolume.contributions(points, new double[] {3, 3});

    assertThat(c).containsExactly(1, 0, 0, 1, 0);
  }

  @Test
  void nadirReference_pushesFrontNadirOutByMarginOfRange() {
    List<double[]> points =
        List.of(new double[] {0, 10}, new double[] {4, 2}, new double[] {9, 20}, new double[] {3, 5});

    assertThat(Hypervolume.nadirReference(points, 0.5)).containsExactly(6, 14);
  }

  @Test
  void nadirReference_zeroRange_pushesByMarginItself() {
    assertThat(Hypervolume.nadirReference(List.<double[]>of(new double[] {3, 4}), 0.1))
        .containsExactly(3.1, 4.1);
  }

  @Test
  void nadirReference_negativeMargin_throws() {
    assertThatThrownBy(() -> Hypervolume.nadirReference(List.<double[]>of(new double[] {1}), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found -1.0");
  }

  @Test
  void of_infinitePoint_throwsNamingIt() {
    List<double[]> points = List.of(new double[] {0, 0}, new double[] {Double.NEGATIVE_INFINITY, 0});

    assertThatThrownBy(() -> Hypervolume.of(points, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points[1] must be finite");
  }

  @Test
  void of_referenceOfWrongSize_throws() {
    assertThatThrownBy(() -> Hypervolume.of(List.<double[]>of(new double[] {0, 0}), new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 1 coordinates like referencePoint, found 2");
  }

  /** The nadir of the set pushed out a little, or sometimes pulled in to cut points off. */
  private static double[] referenceFor(List<double[]> points, int m, long seed) {
    double[] ref = new double[m];
    for (int k = 0; k < m; k++) {
      final int c = k;
      double max = points.stream().mapToDouble(p -> p[c]).max().orElse(0);
      ref[k] = seed % 3 == 0 ? max : max + 0.25;
    }
    return ref;
  }

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.max(Math.abs(expected), 1e-300)));
  }
}
