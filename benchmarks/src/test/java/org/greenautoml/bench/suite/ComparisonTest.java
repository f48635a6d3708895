package org.greenautoml.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison figures on hand-made runs, checked against values worked out by hand. */
final class ComparisonTest {

  private static MethodRun run(Method method, long seed, List<TopTrial> top,
      Map<String, Double> familyMeans, Map<String, Integer> gridSizes) {
    double best = top.isEmpty() ? Double.NaN : top.get(top.size() - 1).testAccuracy();
    return new MethodRun("d", method, seed, 1e-4, 1e-4, 5e-5, 1, top.size(), "BUDGET", "MODEL",
        top, best, 1e-6, best, familyMeans, gridSizes);
  }

  private static TopTrial trial(int id, double cumulativeKWh, double trainingKWh, double accuracy) {
    return new TopTrial(id, "cart", cumulativeKWh, trainingKWh, accuracy, accuracy);
  }

  @Test
  void kWhToReach_targetMetLater_returnsEnergyAtTheFirstTrialThatMeetsIt() {
    MethodRun r = run(Method.RANDOM, 1,
        List.of(trial(1, 1e-5, 1e-6, 0.70), trial(2, 3e-5, 1e-6, 0.80), trial(3, 5e-5, 1e-6, 0.90)),
        Map.of(), Map.of());
    assertThat(r.kWhToReach(0.795)).isEqualTo(3e-5);
    assertThat(r.kWhToReach(0.95)).isNaN();
  }

  @Test
  void of_gridAndRandomOnOneSplit_targetIsGridBestLessHalfAPointAndEstimatePoolsFamilies() {
    MethodRun grid = run(Method.GRID, 1, List.of(trial(1, 1e-5, 1e-6, 0.80)),
        Map.of("xgboost", 2e-6), Map.of("xgboost", 10, "cart", 4));
    MethodRun random = run(Method.RANDOM, 1, List.of(trial(1, 2e-5, 1e-5, 0.797)),
        Map.of("xgboost", 4e-6, "cart", 1e-6), Map.of("xgboost", 10, "cart", 4));
    List<RunFigures> figures = Comparison.of(List.of(grid, random));
    assertThat(figures.get(1).gridTargetAccuracy()).isCloseTo(0.795, within(1e-12));
    assertThat(figures.get(1).kWhToGridTarget()).isEqualTo(2e-5);
    // xgboost: 10 x mean(2e-6, 4e-6); cart: 4 x 1e-6
    assertThat(figures.get(0).gridFullKWh()).isCloseTo(10 * 3e-6 + 4 * 1e-6, within(1e-15));
  }

  @Test
  void hypervolume_pointsAtTheBoundsCorners_matchTheRectangleAreas() {
    MethodRun a = run(Method.GRID, 1, List.of(trial(1, 1, 1e-6, 0.9), trial(2, 1, 1e-4, 0.95)),
        Map.of(), Map.of());
    double[] bounds = {0.05, 0.1, -6, -4};
    // normalised points (1, 0) and (0, 1), reference (1.1, 1.1): 0.1 x 1.1 + 1.0 x 0.1
    assertThat(Comparison.hypervolume(a, bounds)).isCloseTo(0.11 + 0.1, within(1e-12));
  }

  @Test
  void spread_evenCountWithNaN_mediansTheNumbers() {
    Spread s = Spread.of(List.of(3.0, Double.NaN, 1.0, 2.0, 10.0), Double::doubleValue);
    assertThat(s.median()).isEqualTo(2.5);
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(10.0);
    assertThat(s.count()).isEqualTo(4);
  }

  @Test
  void quote_textWithCommaAndQuote_isQuotedPerRfc4180() {
    assertThat(CsvReport.quote("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    assertThat(CsvReport.quote("plain")).isEqualTo("plain");
  }
}
