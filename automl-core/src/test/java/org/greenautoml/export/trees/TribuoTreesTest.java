package org.greenautoml.export.trees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TribuoTreesTest {

  /**
   * Property: for Tribuo-style thresholds (the double midpoint of two decimals of up to five
   * significant digits) and data values of up to six significant digits, the float32 comparison
   * routes every value as the double one does. Brute-force oracle: {@code x > t} in double.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void threshold_midpointsOfShortDecimals_routeLikeDouble(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 2_000; trial++) {
      int scale = random.nextInt(0, 6);
      long unscaledA = random.nextLong(-99_000, 99_000);
      long unscaledB = unscaledA + random.nextLong(1, 50);
      double a = BigDecimal.valueOf(unscaledA, scale).doubleValue();
      double b = BigDecimal.valueOf(unscaledB, scale).doubleValue();
      double t = (a + b) / 2.0;
      float threshold = TribuoTrees.threshold(t);
      for (long u = unscaledA - 2; u <= unscaledB + 2; u++) {
        for (int finer = 0; finer <= 1; finer++) {
          double x = BigDecimal.valueOf(u * (finer == 0 ? 1 : 10) + finer * 5,
              scale + finer).doubleValue();
          assertThat((float) x > threshold)
              .as("x=%s t=%s (from %s, %s) T=%s", x, t, a, b, threshold)
              .isEqualTo(x > t);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {0.5, -0.5, 0.0, 1e-3, 13.899999999999999, 42.0})
  void threshold_nearbyValues_keepOrder(double t) {
    float threshold = TribuoTrees.threshold(t);
    assertThat((float) Math.nextUp(Math.nextUp((double) Math.nextUp((float) t))) > threshold)
        .isTrue();
    assertThat((float) t <= Math.nextUp(threshold)).isTrue();
  }
}
