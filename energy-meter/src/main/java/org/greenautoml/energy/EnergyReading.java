package org.greenautoml.energy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Energy spent by a block of work, by component, with the method that produced it, the scope it is
 * charged for and its stated relative uncertainty (one-sigma-ish fraction of {@link #joules()}: 0.4
 * means the true value is believed to be within about ±40%).
 *
 * <p><b>Adding readings.</b> {@link #plus} sums joules and both durations (the durations become the
 * total metered time, not elapsed time, when the readings overlap). The method of a sum is the least
 * direct of the two ({@code POWER_MODEL} beats {@code RAPL}), the scope is the wider of the two, and
 * the uncertainty is joule-weighted: absolute uncertainties add linearly, as for fully correlated
 * errors (the model errors of one machine all come from the same TDP, so they do not average out).
 * An <em>empty</em> reading (zero joules and zero durations, such as {@link #ZERO}) is the identity:
 * it contributes no method, scope or uncertainty.
 *
 * @param cpuJoules CPU package (or CPU model) energy, J
 * @param dramJoules memory energy, J
 * @param gpuJoules GPU energy, J (0 when no GPU is metered)
 * @param wallTime elapsed time of the measurement
 * @param cpuTime CPU time charged (thread, process or machine, following {@code scope})
 * @param method the method that produced the reading
 * @param scope what work the reading is charged for
 * @param relativeUncertainty stated relative uncertainty of {@link #joules()}, &ge; 0
 */
public record EnergyReading(
    double cpuJoules,
    double dramJoules,
    double gpuJoules,
    Duration wallTime,
    Duration cpuTime,
    EnergyMethod method,
    MeterScope scope,
    double relativeUncertainty) {

  /** Joules in one kilowatt-hour. */
  public static final double JOULES_PER_KWH = 3.6e6;

  /** The empty reading: the identity of {@link #plus}. */
  public static final EnergyReading ZERO =
      new EnergyReading(
          0, 0, 0, Duration.ZERO, Duration.ZERO, EnergyMethod.RAPL, MeterScope.THREAD, 0);

  public EnergyReading {
    requireJoules("cpuJoules", cpuJoules);
    requireJoules("dramJoules", dramJoules);
    requireJoules("gpuJoules", gpuJoules);
    requireNonNull(wallTime, "wallTime");
    requireNonNull(cpuTime, "cpuTime");
    requireNonNull(method, "method");
    requireNonNull(scope, "scope");
    if (wallTime.isNegative()) {
      throw new IllegalArgumentException("wallTime must be >= 0, found " + wallTime);
    }
    if (cpuTime.isNegative()) {
      throw new IllegalArgumentException("cpuTime must be >= 0, found " + cpuTime);
    }
    if (!Double.isFinite(relativeUncertainty) || relativeUncertainty < 0) {
      throw new IllegalArgumentException(
          "relativeUncertainty must be finite and >= 0, found " + relativeUncertainty);
    }
  }

  private static void requireJoules(String what, double joules) {
    if (!Double.isFinite(joules) || joules < 0) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, found " + joules);
    }
  }

  /** Total energy: CPU + DRAM + GPU, J. */
  public double joules() {
    return cpuJoules + dramJoules + gpuJoules;
  }

  /** Total energy in kilowatt-hours. */
  public double kWh() {
    return joules() / JOULES_PER_KWH;
  }

  /** Absolute uncertainty of {@link #joules()}, J. */
  public double uncertaintyJoules() {
    return relativeUncertainty * joules();
  }

  /** Mean power over the wall time, W; 0 for a zero wall time. */
  public double meanWatts() {
    double seconds = wallTime.toNanos() / 1e9;
    return seconds > 0 ? joules() / seconds : 0;
  }

  /** True for a reading with zero joules and zero durations, which {@link #plus} treats as identity. */
  public boolean isEmpty() {
    return joules() == 0 && wallTime.isZero() && cpuTime.isZero();
  }

  /** The sum of two readings; see the class comment for how method, scope and uncertainty combine. */
  public EnergyReading plus(EnergyReading other) {
    requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    double total = joules() + other.joules();
    double uncertainty =
        total > 0
            ? (uncertaintyJoules() + other.uncertaintyJoules()) / total
            : Math.max(relativeUncertainty, other.relativeUncertainty);
    return new EnergyReading(
        cpuJoules + other.cpuJoules,
        dramJoules + other.dramJoules,
        gpuJoules + other.gpuJoules,
        wallTime.plus(other.wallTime),
        cpuTime.plus(other.cpuTime),
        method.weakest(other.method),
        scope.widest(other.scope),
        uncertainty);
  }
}
