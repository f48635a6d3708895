package org.greenautoml.bench.jmh;

import java.util.SplittableRandom;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;

/**
 * A synthetic learning-curve surrogate for scheduler benchmarks (documented in
 * {@code docs/benchmarks.md}, section 3).
 *
 * <p>Space: {@code lr} log-uniform in [1e-4, 1], {@code reg} uniform in [0, 1], {@code depth} int in
 * [1, 16]. Final accuracy {@code a(c) = 0.95 - 0.04 (log10 lr + 2.3)^2 - 0.12 (reg - 0.35)^2
 * - 0.0015 (depth - 9)^2}. At fidelity {@code f} the accuracy is {@code a(c) - g(c) (1 - sqrt f) +
 * noise}, with gap {@code g(c) = 0.08 + 0.06 reg} (so low fidelity ranks configurations somewhat
 * differently) and Gaussian noise of standard deviation {@code 0.015 (1 - f) + 0.001} drawn from a
 * seed of (run seed, configuration, fidelity): accuracy rises with fidelity and noise falls. A
 * trial costs {@code f} units (one unit = one full-fidelity trial).
 */
public final class LearningCurveSurrogate {

  /** The surrogate's search space. */
  public static final ParameterSpace SPACE = ParameterSpace.of(
      DoubleParameter.log("lr", 1e-4, 1.0, 1e-2),
      DoubleParameter.uniform("reg", 0.0, 1.0, 0.5),
      IntParameter.uniform("depth", 1, 16, 6));

  private final long seed;

  /** A surrogate whose noise is drawn from {@code seed}. */
  public LearningCurveSurrogate(long seed) {
    this.seed = seed;
  }

  /** The measured validation accuracy of a trial. */
  public double accuracy(Trial trial) {
    double lr = Math.log10(trial.configuration().getDouble("lr"));
    double reg = trial.configuration().getDouble("reg");
    int depth = trial.configuration().getInt("depth");
    double f = trial.fidelity();
    double finalAccuracy = 0.95 - 0.04 * (lr + 2.3) * (lr + 2.3) - 0.12 * (reg - 0.35) * (reg - 0.35)
        - 0.0015 * (depth - 9) * (depth - 9);
    double gap = (0.08 + 0.06 * reg) * (1 - Math.sqrt(f));
    long h = seed * 1_000_003L + trial.configuration().hashCode() * 31L + Double.hashCode(f);
    double noise = gaussian(new SplittableRandom(h)) * (0.015 * (1 - f) + 0.001);
    return finalAccuracy - gap + noise;
  }

  /** The cost of a trial in full-fidelity units. */
  public double cost(Trial trial) {
    return trial.fidelity();
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
