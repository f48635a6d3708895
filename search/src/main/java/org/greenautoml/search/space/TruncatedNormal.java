package org.greenautoml.search.space;

import java.util.SplittableRandom;

/**
 * The normal distribution truncated to {@code [0, 1]}: the kernel of {@link TpeSampler}'s Parzen
 * estimators. Stateless.
 */
final class TruncatedNormal {

  private static final int MAX_REJECTIONS = 32;
  private static final double SQRT_2 = Math.sqrt(2);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private TruncatedNormal() {}

  /** The density at {@code x} of N(mean, sigma) restricted to [0, 1] and renormalised. */
  static double density(double x, double mean, double sigma) {
    double mass = cdf((1 - mean) / sigma) - cdf(-mean / sigma);
    double z = (x - mean) / sigma;
    return INV_SQRT_2PI * Math.exp(-0.5 * z * z) / (sigma * Math.max(mass, 1e-12));
  }

  /** A draw by rejection; after {@value #MAX_REJECTIONS} misses, the last draw clamped. */
  static double sample(SplittableRandom random, double mean, double sigma) {
    double x = mean;
    for (int i = 0; i < MAX_REJECTIONS; i++) {
      x = mean + sigma * gaussian(random);
      if (x >= 0 && x <= 1) {
        return x;
      }
    }
    return Math.max(0, Math.min(1, x));
  }

  /** A standard normal draw (Box-Muller). */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** The standard normal CDF, from erf (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
  static double cdf(double z) {
    double x = Math.abs(z) / SQRT_2;
    double t = 1 / (1 + 0.3275911 * x);
    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
        + t * (-1.453152027 + t * 1.061405429))));
    double erf = 1 - poly * Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
  }
}
