package org.greenautoml.energy.rapl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RaplMeterTest {

  @TempDir Path dir;
  private final FakePowercap.Probe probe = new FakePowercap.Probe();
  private RaplMeter meter;

  private RaplMeter open(FakePowercap tree) {
    meter = RaplMeter.open(tree.root, false, probe);
    return meter;
  }

  @AfterEach
  void shutdown() {
    if (meter != null) {
      meter.shutdown();
    }
  }

  @Test
  void singleSocket_packageAndDram_sumsPackageAsCpuAndNeverAddsCoreOrUncore() {
    FakePowercap tree =
        new FakePowercap(dir)
            .zone("intel-rapl:0", "package-0", 1_000_000)
            .zone("intel-rapl:0:0", "core", 500_000)
            .zone("intel-rapl:0:1", "uncore", 100_000)
            .zone("intel-rapl:0:2", "dram", 2_000_000);
    Measurement m = open(tree).start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", 11_000_000).energy("intel-rapl:0:0", 9_500_000)
        .energy("intel-rapl:0:1", 1_100_000).energy("intel-rapl:0:2", 5_000_000);
    EnergyReading r = m.stop();
    assertThat(r.cpuJoules()).isEqualTo(10.0);
    assertThat(r.dramJoules()).isEqualTo(3.0);
    assertThat(r.method()).isEqualTo(EnergyMethod.RAPL);
    assertThat(r.relativeUncertainty()).isEqualTo(RaplMeter.MACHINE_UNCERTAINTY);
    assertThat(meter.description()).contains("package-0").contains("dram").contains("misses");
  }

  @Test
  void twoSockets_sumsBothPackagesAndBothDrams() {
    FakePowercap tree =
        new FakePowercap(dir)
            .zone("intel-rapl:0", "package-0", 0)
            .zone("intel-rapl:0:0", "dram", 0)
            .zone("intel-rapl:1", "package-1", 0)
            .zone("intel-rapl:1:0", "dram", 0);
    Measurement m = open(tree).start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", 4_000_000).energy("intel-rapl:1", 6_000_000)
        .energy("intel-rapl:0:0", 1_000_000).energy("intel-rapl:1:0", 500_000);
    EnergyReading r = m.stop();
    assertThat(r.cpuJoules()).isEqualTo(10.0);
    assertThat(r.dramJoules()).isEqualTo(1.5);
    assertThat(meter.dramZones()).extracting(RaplZone::socket).containsExactly(0, 1);
  }

  @Test
  void mmioDuplicateOfPackage_isCountedOnce() {
    FakePowercap tree =
        new FakePowercap(dir)
            .zone("intel-rapl:0", "package-0", 0)
            .zone("intel-rapl-mmio:0", "package-0", 0);
    Measurement m = open(tree).start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", 7_000_000).energy("intel-rapl-mmio:0", 7_000_000);
    assertThat(m.stop().cpuJoules()).isEqualTo(7.0);
    assertThat(meter.cpuZones()).extracting(RaplZone::id).containsExactly("intel-rapl:0");
  }

  @Test
  void wraparoundMidMeasurement_addsMaxEnergyRange() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 900_000, 1_000_000);
    Measurement m = open(tree).start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", 950_000);
    assertThat(m.current().cpuJoules()).isCloseTo(0.05, within(1e-12));
    tree.energy("intel-rapl:0", 100_000); // wrapped past 1,000,000
    assertThat(m.current().cpuJoules()).isCloseTo(0.2, within(1e-12));
    tree.energy("intel-rapl:0", 300_000);
    assertThat(m.stop().cpuJoules()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void sampler_smallRange_samplesWellInsideTheWrapTime() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, 1_000_000_000L);
    // 1 kJ range at the 100 W floor, doubled: wraps after 5 s at the earliest; a quarter of that
    assertThat(open(tree).samplerPeriod().toMillis()).isEqualTo(1000);
    meter.shutdown();
    FakePowercap small = new FakePowercap(dir.resolve("b")).zone("intel-rapl:0", "package-0", 0, 40_000_000L);
    assertThat(open(small).samplerPeriod().toMillis()).isEqualTo(100);
  }

  @Test
  void sampler_highObservedPower_shortensPeriodToAQuarterOfTheWrapTime() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0, 1_000_000_000L);
    AtomicLong clock = new AtomicLong(0);
    meter = RaplMeter.open(tree.root, false, probe, CounterReader.FILES, clock::get);
    meter.shutdown();
    tree.energy("intel-rapl:0", 500_000_000L); // 500 J in 1 s: 500 W observed
    clock.addAndGet(1_000_000_000L);
    meter.tickForTest();
    // assumed 2 x 500 W = 1 kW on a 1 kJ range: wraps in 1 s at the earliest; sampled every 250 ms
    assertThat(meter.samplerPeriod().toMillis()).isEqualTo(250);
  }

  @Test
  void unreadableCounter_detectFallsBackWithReasonAndHowToEnable() {
    new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0);
    CounterReader nonRoot =
        file -> {
          if (file.getFileName().toString().equals("energy_uj")) {
            throw new AccessDeniedException(file.toString());
          }
          return CounterReader.FILES.read(file);
        };
    assertThatThrownBy(() -> RaplMeter.open(dir, false, probe, nonRoot))
        .isInstanceOf(RaplUnavailableException.class)
        .hasMessageContaining("readable only by root")
        .hasMessageContaining("chmod g+r")
        .hasMessageNotContaining("\n");
  }

  @Test
  void unreadableCounterByPermissions_detectFallsBackToPowerModel() throws Exception {
    new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0);
    java.nio.file.Files.delete(dir.resolve("intel-rapl:0/energy_uj"));
    EnergyMeters.Detection d = EnergyMeters.detect(dir);
    assertThat(d.meter().method()).isEqualTo(EnergyMethod.POWER_MODEL);
    assertThat(d.reason()).contains("because RAPL unavailable").contains("energy_uj does not exist");
  }

  @Test
  void amdLayout_packageAndCoreOnly_usesPackageWithoutDram() {
    FakePowercap tree =
        new FakePowercap(dir)
            .zone("intel-rapl:0", "package-0", 0)
            .zone("intel-rapl:0:0", "core", 0);
    Measurement m = open(tree).start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", 3_000_000).energy("intel-rapl:0:0", 2_000_000);
    EnergyReading r = m.stop();
    assertThat(r.cpuJoules()).isEqualTo(3.0);
    assertThat(r.dramJoules()).isZero();
    assertThat(meter.description()).contains("no dram zone");
  }

  @Test
  void garbageInEnergyUj_isAClearErrorNamingFileAndContent() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0);
    Measurement m = open(tree).start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", "12ab\n");
    assertThatThrownBy(m::stop)
        .isInstanceOf(EnergyException.class)
        .hasMessageContaining("intel-rapl:0/energy_uj must hold a non-negative integer of microjoules, found '12ab'");
    tree.energy("intel-rapl:0", "garbage");
    assertThatThrownBy(() -> RaplMeter.open(tree.root, false, probe))
        .isInstanceOf(EnergyException.class)
        .hasMessageContaining("found 'garbage'");
  }

  @Test
  void threadScope_isApportionedByShareOfMachineCpuTime() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0);
    AtomicLong clock = new AtomicLong(1_000_000_000L);
    meter = RaplMeter.open(tree.root, false, probe, CounterReader.FILES, clock::get);
    meter.shutdown(); // the test drives the sampler with tickForTest()
    Measurement m = meter.start(MeterScope.THREAD);
    tree.energy("intel-rapl:0", 20_000_000);
    probe.thread += 1_000_000_000L;
    probe.machine += 4_000_000_000L;
    clock.addAndGet(2_000_000_000L);
    meter.tickForTest();
    EnergyReading r = m.stop();
    assertThat(r.cpuJoules()).isCloseTo(5.0, within(1e-9));
    assertThat(r.cpuTime().toMillis()).isEqualTo(1000);
    assertThat(r.wallTime().toMillis()).isEqualTo(2000);
    assertThat(r.relativeUncertainty()).isEqualTo(RaplMeter.APPORTIONED_UNCERTAINTY);
  }

  @Test
  void threadScope_shorterThanOnePeriod_usesLastPeriodsMachineRate() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0);
    AtomicLong clock = new AtomicLong(0);
    meter = RaplMeter.open(tree.root, false, probe, CounterReader.FILES, clock::get);
    meter.shutdown(); // the test drives the sampler with tickForTest()
    probe.machine += 2_000_000_000L;
    clock.addAndGet(1_000_000_000L);
    meter.tickForTest(); // machine busy 2 CPU-s per s
    Measurement m = meter.start(MeterScope.THREAD);
    tree.energy("intel-rapl:0", 8_000_000);
    probe.thread += 500_000_000L;
    clock.addAndGet(1_000_000_000L);
    assertThat(m.stop().cpuJoules()).isCloseTo(8.0 * 0.25, within(1e-9));
  }

  @Test
  void threadScope_beforeFirstPeriod_isChargedTheWholePackage() {
    FakePowercap tree = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 0);
    AtomicLong clock = new AtomicLong(0);
    meter = RaplMeter.open(tree.root, false, probe, CounterReader.FILES, clock::get);
    meter.shutdown(); // the test drives the sampler with tickForTest()
    Measurement m = meter.start(MeterScope.THREAD);
    tree.energy("intel-rapl:0", 8_000_000);
    probe.thread += 100_000_000L;
    clock.addAndGet(1_000_000_000L);
    assertThat(m.stop().cpuJoules()).isEqualTo(8.0);
  }

  @Test
  void psysPreferred_usesPsysAloneWhenPresent() {
    FakePowercap tree =
        new FakePowercap(dir)
            .zone("intel-rapl:0", "package-0", 0)
            .zone("intel-rapl:0:0", "dram", 0)
            .zone("intel-rapl:1", "psys", 0);
    meter = RaplMeter.open(tree.root, true, probe);
    Measurement m = meter.start(MeterScope.MACHINE);
    tree.energy("intel-rapl:0", 1_000_000).energy("intel-rapl:0:0", 1_000_000).energy("intel-rapl:1", 5_000_000);
    EnergyReading r = m.stop();
    assertThat(r.cpuJoules()).isEqualTo(5.0);
    assertThat(r.dramJoules()).isZero();
  }

  @Test
  void noRaplZones_isUnavailableWithHowToLoadTheDriver() {
    assertThatThrownBy(() -> RaplMeter.open(dir, false, probe))
        .isInstanceOf(RaplUnavailableException.class)
        .hasMessageContaining("modprobe intel_rapl_msr");
  }

  @Test
  void thisMachineWithoutPowercap_fallsBackWithOneLineReason() {
    org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isDirectory(Powercap.DEFAULT_ROOT));
    EnergyMeters.Detection d = EnergyMeters.detect(Powercap.DEFAULT_ROOT);
    assertThat(d.meter().method()).isEqualTo(EnergyMethod.POWER_MODEL);
    assertThat(d.reason()).contains("no powercap tree at /sys/class/powercap").doesNotContain("\n");
  }
}
