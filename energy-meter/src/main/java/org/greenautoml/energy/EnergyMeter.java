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
}
