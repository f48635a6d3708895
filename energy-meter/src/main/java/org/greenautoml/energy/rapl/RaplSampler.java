package org.greenautoml.energy.rapl;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.greenautoml.energy.EnergyException;

/**
 * Keeps 64-bit running totals of RAPL counters that wrap at {@code max_energy_range_uj}. Every read
 * compares each counter with its previous value and adds the range when it went down, which is right
 * as long as no counter wraps twice between reads; a daemon thread therefore samples with a period
 * of a quarter of the shortest wrap time, estimated from the range and twice the observed power
 * (never less than {@value #POWER_FLOOR_WATTS} W), clamped to [{@value #MIN_PERIOD_NANOS},
 * {@value #MAX_PERIOD_NANOS}] ns. Thread-safe: reads are synchronized.
 */
final class RaplSampler {

  static final double POWER_FLOOR_WATTS = 100;
  static final long MIN_PERIOD_NANOS = 10_000_000L;
  static final long MAX_PERIOD_NANOS = 1_000_000_000L;
  private static final System.Logger LOG = System.getLogger(RaplSampler.class.getName());

  /** Running totals of the CPU zones and of the DRAM zones, µJ. */
  record Totals(long cpuMicrojoules, long dramMicrojoules) {}

  /** The machine's busy CPU time at a moment of the sampler's clock, ns. */
  record MachineSnapshot(long atNanos, long busyCpuNanos) {}

  private final RaplZone[] zones;
  private final boolean[] isDram;
  private final CounterReader reader;
  private final LongSupplier clock;
  private final LongSupplier machineBusy;
  private volatile MachineSnapshot machine;
  private volatile double lastMachineRate = Double.NaN;
  private final long[] last;
  private final long[] total;
  private long lastNanos;
  private volatile long periodNanos = MAX_PERIOD_NANOS;
  private volatile boolean running;
  private volatile Thread thread;
  private volatile boolean warned;

  RaplSampler(
      List<RaplZone> cpu,
      List<RaplZone> dram,
      CounterReader reader,
      LongSupplier clock,
      LongSupplier machineBusy) {
    this.clock = clock;
    this.machineBusy = machineBusy;
    int n = cpu.size() + dram.size();
    this.zones = new RaplZone[n];
    this.isDram = new boolean[n];
    for (int i = 0; i < n; i++) {
      zones[i] = i < cpu.size() ? cpu.get(i) : dram.get(i - cpu.size());
      isDram[i] = i >= cpu.size();
    }
    this.reader = reader;
    this.last = new long[n];
    this.total = new long[n];
    for (int i = 0; i < n; i++) {
      last[i] = readCounter(i);
    }
    this.lastNanos = clock.getAsLong();
    this.periodNanos = period(new double[n]);
    this.machine = new MachineSnapshot(lastNanos, machineBusy.getAsLong());
  }

  /** One background step: the counters, then the machine's busy CPU time. */
  void tick() {
    sample();
    MachineSnapshot previous = machine;
    MachineSnapshot now = new MachineSnapshot(clock.getAsLong(), machineBusy.getAsLong());
    if (now.atNanos() > previous.atNanos()) {
      lastMachineRate =
          Math.max(0, now.busyCpuNanos() - previous.busyCpuNanos())
              / (double) (now.atNanos() - previous.atNanos());
    }
    machine = now;
  }

  /** The latest machine snapshot. */
  MachineSnapshot machine() {
    return machine;
  }

  /**
   * The machine's busy CPU nanoseconds per wall nanosecond since {@code since}: from the snapshots
   * when a tick happened after it, else the rate of the last sampler period; NaN before the first
   * period.
   */
  double machineBusyRate(MachineSnapshot since) {
    MachineSnapshot now = machine;
    if (now.atNanos() > since.atNanos()) {
      return Math.max(0, now.busyCpuNanos() - since.busyCpuNanos())
          / (double) (now.atNanos() - since.atNanos());
    }
    return lastMachineRate;
  }

  /** The sampler's clock, ns. */
  long nanoTime() {
    return clock.getAsLong();
  }

  /** Reads every counter now and returns the running totals. */
  synchronized Totals sample() {
    long now = clock.getAsLong();
    double seconds = Math.max(1e-9, (now - lastNanos) / 1e9);
    double[] watts = new double[zones.length];
    long cpu = 0;
    long dram = 0;
    for (int i = 0; i < zones.length; i++) {
      long raw = readCounter(i);
      long delta = raw >= last[i] ? raw - last[i] : raw + zones[i].maxEnergyRangeUj() - last[i];
      last[i] = raw;
      total[i] += delta;
      watts[i] = delta / 1e6 / seconds;
      if (isDram[i]) {
        dram += total[i];
      } else {
        cpu += total[i];
      }
    }
    lastNanos = now;
    periodNanos = period(watts);
    return new Totals(cpu, dram);
  }

  private long readCounter(int i) {
    RaplZone zone = zones[i];
    long raw = Powercap.readLong(zone.energyFile(), reader);
    if (raw > zone.maxEnergyRangeUj()) {
      throw new EnergyException(
          zone.energyFile() + " must not exceed max_energy_range_uj " + zone.maxEnergyRangeUj()
              + ", found " + raw);
    }
    return raw;
  }

  private long period(double[] watts) {
    double shortestWrapSeconds = Double.POSITIVE_INFINITY;
    for (int i = 0; i < zones.length; i++) {
      double assumed = Math.max(POWER_FLOOR_WATTS, 2 * watts[i]);
      shortestWrapSeconds = Math.min(shortestWrapSeconds, zones[i].maxEnergyRangeUj() / 1e6 / assumed);
    }
    long nanos = (long) Math.min(Long.MAX_VALUE, shortestWrapSeconds / 4 * 1e9);
    return Math.max(MIN_PERIOD_NANOS, Math.min(MAX_PERIOD_NANOS, nanos));
  }

  /** The current sampling period, ns. */
  long periodNanos() {
    return periodNanos;
  }

  /** Starts the daemon sampling thread; idempotent. */
  synchronized void startBackground() {
    if (thread != null) {
      return;
    }
    running = true;
    Thread t = new Thread(this::loop, "greenautoml-rapl-sampler");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  private void loop() {
    while (running) {
      LockSupport.parkNanos(periodNanos);
      if (!running) {
        return;
      }
      try {
        tick();
      } catch (RuntimeException e) {
        if (!warned) {
          warned = true;
          LOG.log(Level.WARNING, "RAPL background sample failed: {0}", e.getMessage());
        }
      }
    }
  }

  /** Stops the sampling thread. */
  synchronized void stopBackground() {
    running = false;
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  /** CPU time the sampling thread has used so far, ns (0 before it started). */
  long samplerCpuNanos() {
    Thread t = thread;
    if (t == null) {
      return 0;
    }
    long nanos = ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId());
    return Math.max(0, nanos);
  }
}
