package org.greenautoml.energy;

/**
 * Measures the energy a block of work spends:
 *
 * <pre>{@code
 * try (Measurement m = meter.start(MeterScope.THREAD)) {
 *   train();
 *   EnergyReading r = m.stop();
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe: many threads may start measurements on one meter at once.
 * Obtain one from {@link EnergyMeters}.
 */
public interface EnergyMeter {

  /**
   * Starts measuring from now, charged for the work of {@code scope}. With {@link
   * MeterScope#THREAD} the measurement belongs to the calling thread (its CPU time is what is
   * charged), whichever thread later calls {@code current()} or {@code stop()}.
   */
  Measurement start(MeterScope scope);

  /** The method every reading of this meter carries. */
  EnergyMethod method();

  /** One line: what is measured, e.g. the CPU model and where its TDP came from, or the RAPL zones. */
  String description();

  /**
   * The machine's idle power that this meter's readings leave out, W: the <em>static share</em>,
   * which the caller charges for the time it holds the machine (see {@code
   * org.greenautoml.energy.attribution.StaticShare}). Empty when readings already include idle
   * power (RAPL: the counters measure it, and apportioned readings carry a share of it).
   */
  default java.util.OptionalDouble idleWatts() {
    return java.util.OptionalDouble.empty();
  }
}
