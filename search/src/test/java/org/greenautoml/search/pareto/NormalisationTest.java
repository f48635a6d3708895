package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

final class NormalisationTest {

  @Test
  void apply_linear_mapsFittedRangeToUnitInterval() {
    Normalisation n = Normalisation.fit(List.of(new double[] {2, 10}, new double[] {4, 30}));

    assertThat(n.apply(new double[] {3, 10})).containsExactly(0.5, 0.0);
    assertThat(n.apply(new double[] {6, 50})).containsExactly(2.0, 2.0);
  }

  @Test
  void apply_logScale_spreadsOrdersOfMagnitude() {
    Normalisation n =
        Normalisation.fit(
            List.of(new double[] {1, 1}, new double[] {1000, 1}), new boolean[] {true, false});

    assertThat(n.apply(new double[] {10, 1})[0]).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(n.apply(new double[] {10, 1})[1]).isZero();
  }

  @Test
  void fit_logScaleNonPositive_throws() {
    assertThatThrownBy(
            () -> Normalisation.fit(List.<double[]>of(new double[] {0}), new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be > 0, found 0.0");
  }

  @Test
  void apply_infinities_mapToUnitEnds() {
    Normalisation n = Normalisation.fit(List.of(new double[] {0}, new double[] {1}));

    assertThat(n.apply(new double[] {Double.POSITIVE_INFINITY})).containsExactly(1.0);
    assertThat(n.apply(new double[] {Double.NEGATIVE_INFINITY})).containsExactly(0.0);
  }

  @Test
  void fit_empty_throws() {
    assertThatThrownBy(() -> Normalisation.fit(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one point");
  }
}
