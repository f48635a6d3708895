package org.greenautoml.search.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CostPredictorTest {

  @Test
  void upperEstimate_beforeAnyObservation_scalesThePriorByFidelity() {
    CostPredictor predictor = new CostPredictor(2.0, 1.5);
    assertThat(predictor.upperEstimate("xgboost", 0.25)).isEqualTo(0.5, offset(1e-12));
  }

  @Test
  void upperEstimate_atAnObservedFidelity_isTheLargestCostSeenThereTimesSafety() {
    CostPredictor predictor = new CostPredictor(1.0, 1.5);
    predictor.observe("cart", 1.0 / 9, 2.0);
    predictor.observe("cart", 1.0 / 9, 3.0);
    predictor.observe("cart", 1.0 / 3, 4.0);
    assertThat(predictor.upperEstimate("cart", 1.0 / 9)).isEqualTo(4.5, offset(1e-12));
    assertThat(predictor.upperEstimate("cart", 1.0 / 27)).isEqualTo(4.5, offset(1e-12));
    assertThat(predictor.upperEstimate("cart", 0.2)).isEqualTo(6.0, offset(1e-12));
  }

  @Test
  void upperEstimate_configurationScale_pricesASmallConfigurationBelowTheLargeOneSeenFirst() {
    CostPredictor predictor = new CostPredictor(1.0, 2.0);
    predictor.observe("extra-trees", 107 * 33, 1.0 / 27, 3.5e-7);
    double small = predictor.upperEstimate("extra-trees", 17 * 10, 1.0 / 27);
    assertThat(small).isEqualTo(2.0 * 3.5e-7 * (17.0 * 10) / (107 * 33), offset(1e-15));
    assertThat(predictor.upperEstimate("extra-trees", 107 * 33, 1.0 / 27))
        .isEqualTo(7e-7, offset(1e-15));
  }

  @Test
  void upperEstimate_costlyFirstTrial_agesOutOfTheWindow() {
    CostPredictor predictor = new CostPredictor(1.0, 1.0);
    predictor.observe("cart", 1.0 / 9, 50.0); // the JVM still interpreting
    for (int i = 0; i < CostPredictor.WINDOW - 1; i++) {
      predictor.observe("cart", 1.0 / 9, 1.0);
    }
    assertThat(predictor.upperEstimate("cart", 1.0 / 9)).isEqualTo(50.0, offset(1e-12));
    predictor.observe("cart", 1.0 / 9, 1.0);
    assertThat(predictor.upperEstimate("cart", 1.0 / 9)).isEqualTo(1.0, offset(1e-12));
  }

  @Test
  void upperEstimate_declaredLinearGrowth_extrapolatesLinearlyFromOneFidelity() {
    CostPredictor predictor =
        new CostPredictor(1.0, 1.0, () -> 0.0, family -> family.equals("rbf-svm") ? 2.0 : 1.0);
    predictor.observe("knn", 1.0 / 9, 2.0);
    predictor.observe("rbf-svm", 1.0 / 9, 2.0);
    assertThat(predictor.upperEstimate("knn", 1.0 / 3)).isEqualTo(6.0, offset(1e-9));
    assertThat(predictor.upperEstimate("rbf-svm", 1.0 / 3)).isEqualTo(18.0, offset(1e-9));
  }

  @Test
  void upperEstimate_oneObservedFidelity_assumesQuadraticGrowth() {
    CostPredictor predictor = new CostPredictor(1.0, 1.0);
    predictor.observe("knn", 1.0 / 9, 2.0);
    assertThat(predictor.upperEstimate("knn", 1.0 / 3)).isEqualTo(18.0, offset(1e-9));
  }

  @Test
  void upperEstimate_fixedCostDominatesSmallSubsamples_isNotScaledWithTheRows() {
    CostPredictor predictor = new CostPredictor(1.0, 1.0);
    predictor.observe("cart", 1.0 / 27, 1.0); // fixed cost 1
    predictor.observe("cart", 1.0 / 9, 1.2);
    predictor.observe("cart", 1.0 / 3, 1.6); // variable part 0.2, then 0.6: linear
    assertThat(predictor.upperEstimate("cart", 1.0)).isEqualTo(1.0 + 0.6 * 3, offset(1e-9));
  }

  @Test
  void upperEstimate_superlinearGrowth_followsTheFittedPowerUpToQuadratic() {
    CostPredictor predictor = new CostPredictor(1.0, 1.0);
    predictor.observe("rbf-svm", 1.0 / 27, 0.0);
    predictor.observe("rbf-svm", 1.0 / 9, 1.0);
    predictor.observe("rbf-svm", 1.0 / 3, 9.0); // quadratic growth
    assertThat(predictor.upperEstimate("rbf-svm", 1.0)).isEqualTo(81.0, offset(1e-9));
    predictor.observe("cubic", 1.0 / 27, 0.0);
    predictor.observe("cubic", 1.0 / 9, 1.0);
    predictor.observe("cubic", 1.0 / 3, 27.0); // clamped to quadratic
    assertThat(predictor.upperEstimate("cubic", 1.0)).isEqualTo(27.0 * 9, offset(1e-9));
  }

  @Test
  void upperEstimate_withOverheadShare_coversTheOverheadThatAccruesAlongside() {
    double[] share = {0.0};
    CostPredictor predictor = new CostPredictor(1.0, 1.0, () -> share[0]);
    predictor.observe("cart", 0.5, 2.0);
    assertThat(predictor.upperEstimate("cart", 0.5)).isEqualTo(2.0, offset(1e-12));
    share[0] = 0.4;
    assertThat(predictor.upperEstimate("cart", 0.5)).isEqualTo(2.8, offset(1e-12));
    share[0] = Double.NaN;
    assertThat(predictor.upperEstimate("cart", 0.5)).isEqualTo(2.0, offset(1e-12));
  }

  @Test
  void upperEstimate_unseenFamily_borrowsTheLargestEstimateOfAnyFamily() {
    CostPredictor predictor = new CostPredictor(1.0, 2.0);
    predictor.observe("cart", 0.5, 1.0);
    predictor.observe("random-forest", 0.5, 5.0);
    assertThat(predictor.upperEstimate("xgboost", 0.5)).isEqualTo(10.0, offset(1e-12));
  }

  /**
   * Seeded property: for costs of a fixed part plus a part growing as fidelity^p, 1 <= p <= 2, the
   * estimate with a safety factor of 1.2 bounds the next rung's cost.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void upperEstimate_costsGrowingAtMostQuadratically_neverUnderestimateTheNextRung(long seed) {
    Random random = new Random(seed);
    double[] ladder = {1.0 / 27, 1.0 / 9, 1.0 / 3, 1.0};
    for (int family = 0; family < 50; family++) {
      double fixed = random.nextDouble();
      double scale = random.nextDouble() * 10;
      double power = 1 + random.nextDouble();
      CostPredictor predictor = new CostPredictor(1.0, 1.2);
      for (int rung = 0; rung < ladder.length; rung++) {
        double actual = fixed + scale * Math.pow(ladder[rung], power);
        if (rung >= 1) {
          assertThat(predictor.upperEstimate("f", ladder[rung]))
              .as("seed %d family %d rung %d", seed, family, rung)
              .isGreaterThanOrEqualTo(actual * (1 - 1e-9));
        }
        predictor.observe("f", ladder[rung], actual);
      }
    }
  }
}
