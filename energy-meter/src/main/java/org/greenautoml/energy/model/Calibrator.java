package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;

/**
 * Measures this machine's load curve with RAPL: idle, then 10 % to 100 % of the hardware threads
 * spinning flat out (distinct thread counts only), then every thread at {@link #DUTY_STEPS} duty
 * cycles, each step {@code stepDuration} long; each step's power is the RAPL package energy over the
 * step's wall time and its utilisation the machine's busy CPU time over it. The two kinds of step
 * are the two load patterns of CodeCarbon's sweeps ({@code some_cores}, {@code all_cores}), so
 * {@link LoadCurveFit} fits both exponents of the curve. Not thread-safe (one calibration at a
 * time, and the machine should be otherwise idle).
 */
public final class Calibrator {

  /** The duty cycles of the steps that load every thread part of the time. */
  public static final List<Double> DUTY_STEPS = List.of(0.2, 0.4, 0.6, 0.8);

  /**
   * What a step does to the machine: keep {@code threads} threads busy {@code duty} of the time
   * (1: flat out) for {@code duration}.
   */
  @FunctionalInterface
  public interface Load {
    /** Runs the load; returns when it is over. */
    void run(int threads, double duty, Duration duration) throws InterruptedException;

    /**
     * Real load: {@code threads} platform threads spinning on arithmetic for the duration, each
     * busy {@code duty} of every 10 ms period and asleep the rest.
     */
    static Load spinning() {
      return SpinLoad::run;
    }
  }

  private final EnergyMeter rapl;
  private final UsageProbe probe;
  private final Load load;
  private final Duration stepDuration;
  private final LongSupplier clock;

  /**
   * A calibrator.
   *
   * @param rapl a RAPL meter (its MACHINE readings are the measurements)
   * @param probe the machine's busy CPU time and thread count
   * @param load what runs each step
   * @param stepDuration how long each step runs, &gt; 0
   * @param clock nanosecond clock for the steps' wall time ({@code System::nanoTime})
   */
  public Calibrator(
      EnergyMeter rapl, UsageProbe probe, Load load, Duration stepDuration, LongSupplier clock) {
    this.rapl = requireNonNull(rapl, "rapl");
    this.probe = requireNonNull(probe, "probe");
    this.load = requireNonNull(load, "load");
    this.stepDuration = requireNonNull(stepDuration, "stepDuration");
    this.clock = requireNonNull(clock, "clock");
    if (rapl.method() != EnergyMethod.RAPL) {
      throw new IllegalArgumentException("rapl must be a RAPL meter, found " + rapl.method());
    }
    if (stepDuration.isNegative() || stepDuration.isZero()) {
      throw new IllegalArgumentException("stepDuration must be > 0, found " + stepDuration);
    }
  }

  /** The thread counts of the steps: 0, then round(f × threads) for f = 0.1 .. 1.0, distinct. */
  public static List<Integer> steps(int threads) {
    TreeSet<Integer> counts = new TreeSet<>();
    counts.add(0);
    for (int tenth = 1; tenth <= 10; tenth++) {
      counts.add(Math.max(1, (int) Math.round(tenth * threads / 10.0)));
    }
    return List.copyOf(counts);
  }

  /** How many steps a calibration on {@code threads} hardware threads runs. */
  public static int stepCount(int threads) {
    return steps(threads).size() + DUTY_STEPS.size();
  }

  /** Runs every step, reporting each on {@code progress}, and fits the curve. */
  public CalibrationStore.Calibration run(Consumer<String> progress) throws InterruptedException {
    int threads = probe.hardwareThreads();
    List<LoadPoint> points = new ArrayList<>();
    for (int busy : steps(threads)) {
      points.add(step(busy, 1, threads, progress));
    }
    for (double duty : DUTY_STEPS) {
      points.add(step(threads, duty, threads, progress));
    }
    return new CalibrationStore.Calibration(
        points, LoadCurveFit.fit(points), stepDuration.toNanos() / 1e9, Instant.now());
  }

  private LoadPoint step(int busy, double duty, int threads, Consumer<String> progress)
      throws InterruptedException {
    LoadPoint point = measure(busy, duty, threads);
    progress.accept(String.format(java.util.Locale.ROOT,
        "%2d of %d threads busy%s: utilisation %5.1f %%, %.2f W", busy, threads,
        duty < 1 ? String.format(java.util.Locale.ROOT, " at %.0f %% duty", 100 * duty) : "",
        100 * point.utilisation(), point.watts()));
    return point;
  }

  private LoadPoint measure(int busy, double duty, int threads) throws InterruptedException {
    long cpuBefore = probe.machineBusyCpuNanos();
    long before = clock.getAsLong();
    EnergyReading reading;
    try (Measurement m = rapl.start(MeterScope.MACHINE)) {
      load.run(busy, duty, stepDuration);
      reading = m.stop();
    }
    long wall = Math.max(1, clock.getAsLong() - before);
    double utilisation =
        Math.min(1, Math.max(0, (probe.machineBusyCpuNanos() - cpuBefore) / ((double) wall * threads)));
    double watts = reading.cpuJoules() / (wall / 1e9);
    if (!(watts > 0)) {
      throw new org.greenautoml.energy.EnergyException(
          "RAPL package energy did not advance over a " + stepDuration.toMillis()
              + " ms calibration step; the counters cannot be used to calibrate");
    }
    // threads flat out run at duty 1; threads at a duty cannot run less than the load they make
    double measuredDuty = duty < 1 ? Math.min(1, Math.max(utilisation, duty)) : 1;
    return new LoadPoint(utilisation, measuredDuty, watts);
  }
}
