package org.greenautoml.energy.rapl;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;

/**
 * An {@link EnergyMeter} over Linux powercap RAPL counters (Intel SDM vol. 3B ch. 15.10; Linux
 * {@code powercap} sysfs). CPU joules are the sum of the {@code package-N} zones (or the {@code psys}
 * zone alone when preferred and present: it contains package and DRAM, so DRAM is then 0); DRAM
 * joules are the sum of the {@code dram} zones when present; {@code core}/{@code uncore} are inside
 * package and never added. Counters are kept by a {@link RaplSampler} that handles wraparound.
 *
 * <p>Scope: RAPL measures the whole machine. A {@link MeterScope#MACHINE} reading is the counters'
 * difference. {@link MeterScope#THREAD} and {@link MeterScope#PROCESS} readings are apportioned by
 * the scope's share of the machine's busy CPU time (clamped to [0, 1]), so trials that run side by
 * side share the package energy by the work they did (idle power included). The machine's busy CPU
 * time comes from {@code /proc/stat}, which is slow to read (10 ms ticks, and ~10 µs a read), so
 * the background sampler reads it once a period and a measurement uses the machine's busy rate
 * between the sampler's snapshots around it; a measurement shorter than one period uses the rate
 * of the last period, and before the first period a measurement is charged the whole package
 * (share 1: an over- rather than an under-estimate).
 *
 * <p>Uncertainty: RAPL counters track a wall meter's CPU+DRAM figure closely, but they miss the rest
 * of the machine (power supply losses, fans, disks, network, GPU): stated as {@value
 * #MACHINE_UNCERTAINTY} for MACHINE readings and {@value #APPORTIONED_UNCERTAINTY} once apportioned.
 * Thread-safe.
 */
public final class RaplMeter implements EnergyMeter {

  /** Relative uncertainty of a MACHINE-scoped RAPL reading. */
  public static final double MACHINE_UNCERTAINTY = 0.1;

  /** Relative uncertainty of a THREAD- or PROCESS-scoped (apportioned) RAPL reading. */
  public static final double APPORTIONED_UNCERTAINTY = 0.2;

  private final Path root;
  private final List<RaplZone> cpuZones;
  private final List<RaplZone> dramZones;
  private final RaplSampler sampler;
  private final UsageProbe probe;

  private RaplMeter(
      Path root, List<RaplZone> cpu, List<RaplZone> dram, RaplSampler sampler, UsageProbe probe) {
    this.root = root;
    this.cpuZones = List.copyOf(cpu);
    this.dramZones = List.copyOf(dram);
    this.sampler = sampler;
    this.probe = probe;
  }

  /** A meter over the powercap tree at {@code root}, package+DRAM zones, this JVM's usage. */
  public static RaplMeter open(Path root) {
    return open(root, false, UsageProbe.system());
  }

  /**
   * A meter over the powercap tree at {@code root}, with its background sampler started.
   *
   * @param preferPsys use the {@code psys} zone alone when the machine has one
   * @throws RaplUnavailableException when RAPL cannot be read here (one line: why, and how to fix)
   * @throws org.greenautoml.energy.EnergyException when a counter holds garbage
   */
  public static RaplMeter open(Path root, boolean preferPsys, UsageProbe probe) {
    return open(root, preferPsys, probe, CounterReader.FILES);
  }

  static RaplMeter open(Path root, boolean preferPsys, UsageProbe probe, CounterReader reader) {
    return open(root, preferPsys, probe, reader, System::nanoTime);
  }

  static RaplMeter open(
      Path root, boolean preferPsys, UsageProbe probe, CounterReader reader, LongSupplier clock) {
    requireNonNull(root, "root");
    requireNonNull(probe, "probe");
    List<RaplZone> zones = Powercap.zones(root, reader);
    List<RaplZone> cpu = new ArrayList<>();
    List<RaplZone> dram = new ArrayList<>();
    List<RaplZone> psys = of(zones, RaplDomain.PSYS);
    if (preferPsys && !psys.isEmpty()) {
      cpu.addAll(psys);
    } else {
      cpu.addAll(of(zones, RaplDomain.PACKAGE));
      dram.addAll(of(zones, RaplDomain.DRAM));
      if (cpu.isEmpty()) {
        throw new RaplUnavailableException(
            "RAPL unavailable: no package-N zone under " + root + " (found "
                + zones.stream().map(RaplZone::name).collect(Collectors.joining(", ")) + ")");
      }
    }
    RaplSampler sampler = new RaplSampler(cpu, dram, reader, clock, probe::machineBusyCpuNanos);
    sampler.startBackground();
    return new RaplMeter(root, cpu, dram, sampler, probe);
  }

  private static List<RaplZone> of(List<RaplZone> zones, RaplDomain domain) {
    return zones.stream().filter(z -> z.domain() == domain).collect(Collectors.toList());
  }

  @Override
  public Measurement start(MeterScope scope) {
    return new RaplMeasurement(sampler, probe, requireNonNull(scope, "scope"));
  }

  @Override
  public EnergyMethod method() {
    return EnergyMethod.RAPL;
  }

  @Override
  public String description() {
    return "RAPL at " + root + ": cpu " + names(cpuZones) + (dramZones.isEmpty() ? ", no dram zone"
        : ", dram " + names(dramZones)) + "; misses PSU, fans, disks, GPU";
  }

  private static String names(List<RaplZone> zones) {
    return zones.stream().map(z -> z.name() + " (" + z.id() + ")").collect(Collectors.joining(" + "));
  }

  /** The zones summed as CPU energy. */
  public List<RaplZone> cpuZones() {
    return cpuZones;
  }

  /** The zones summed as DRAM energy (may be empty). */
  public List<RaplZone> dramZones() {
    return dramZones;
  }

  /** The background sampler's current period. */
  public Duration samplerPeriod() {
    return Duration.ofNanos(sampler.periodNanos());
  }

  /** CPU time the background sampler has used: this meter's own overhead. */
  public Duration samplerCpuTime() {
    return Duration.ofNanos(sampler.samplerCpuNanos());
  }

  /** Runs one background sampler step now (counters and machine CPU time); for tests. */
  void tickForTest() {
    sampler.tick();
  }

  /** Stops the background sampler; measurements still read counters but wraps may be missed. */
  public void shutdown() {
    sampler.stopBackground();
  }
}
