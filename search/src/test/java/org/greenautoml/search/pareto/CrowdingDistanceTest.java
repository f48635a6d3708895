package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CrowdingDistanceTest {

  @Test
  void of_linearFront_extremesInfiniteInteriorByNeighbourGaps() {
    List<double[]> front =
        List.of(
            new double[] {0, 4}, new double[] {1, 3}, new double[] {3, 1}, new double[] {4, 0});

    double[] d = CrowdingDistance.of(front);

    assertThat(d[0]).isInfinite();
    assertThat(d[3]).isInfinite();
    assertThat(d[1]).isCloseTo(3 / 4.0 + 3 / 4.0, within(1e-12));
    assertThat(d[2]).isCloseTo(3 / 4.0 + 3 / 4.0, within(1e-12));
  }

  @Test
  void of_unevenFront_lonelierPointScoresHigher() {
    List<double[]> front =
        List.of(
            new double[] {0, 10},
            new double[] {1, 9},
            new double[] {2, 8},
            new double[] {8, 2},
            new double[] {10, 0});

    double[] d = CrowdingDistance.of(front);

    assertThat(d[3]).isGreaterThan(d[1]);
  }

  @Test
  void of_twoPoints_allInfinite() {
    assertThat(CrowdingDistance.of(List.of(new double[] {0, 1}, new double[] {1, 0})))
        .containsOnly(Double.POSITIVE_INFINITY);
  }

  @Test
  void of_constantObjective_addsNothing() {
    List<double[]> front =
        List.of(new double[] {0, 5}, new double[] {1, 5}, new double[] {2, 5});

    double[] d = CrowdingDistance.of(front);

    assertThat(d[1]).isCloseTo(1.0, within(1e-12));
  }
}
