package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class PowerCurveTableTest {

  private static final PowerCurveTable TABLE = PowerCurveTable.bundled();

  private static CpuIdentity cpu(String vendor, String name, int family, int model, int packages,
      int cores, int threads, boolean vm) {
    return new CpuIdentity(vendor, name, OptionalInt.of(family), OptionalInt.of(model),
        OptionalInt.of(1), packages, cores, threads, vm, Optional.empty());
  }

  @Test
  void match_measuredCpuOnBareMetal_usesItsOwnSweepWithTheMeasuredBand() {
    CpuPowerCurve c = TABLE.match(
        cpu("Intel", "Intel(R) Xeon(R) CPU E5-2620 v3 @ 2.40GHz", 6, 63, 2, 12, 24, false));
    assertThat(c.match()).isEqualTo(CurveMatch.MEASURED_MODEL);
    assertThat(c.curve().idleWatts()).isBetween(14.0, 18.0);
    assertThat(c.curve().maxWatts()).isBetween(90.0, 115.0);
    assertThat(c.band()).isEqualTo(TABLE.measuredBand());
    assertThat(c.describe()).contains("Intel Xeon E5-2620 v3").contains("draws what the measured one");
  }

  @Test
  void match_measuredCpuInAVmWithFourOfItsThreads_scalesTheCurveByThatShare() {
    CpuIdentity whole = cpu("Intel", "Intel(R) Xeon(R) CPU E5-2620 v3 @ 2.40GHz", 6, 63, 2, 12, 24, false);
    CpuIdentity vm = cpu("Intel", "Intel(R) Xeon(R) CPU E5-2620 v3 @ 2.40GHz", 6, 63, 1, 4, 4, true);
    assertThat(TABLE.match(vm).curve().maxWatts())
        .isCloseTo(TABLE.match(whole).curve().maxWatts() * 4 / 24, within(1e-9));
    assertThat(TABLE.match(vm).assumed()).contains("4 of the measured machine's 24 threads");
  }

  @Test
  void match_tdpKnownTwoSockets_scalesTheVendorClassCurveByBothPackages() {
    CpuPowerCurve c = TABLE.match(
        cpu("Intel", "Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz", 6, 62, 2, 16, 32, false));
    assertThat(c.match()).isEqualTo(CurveMatch.TDP_CLASS);
    assertThat(c.curve().maxWatts())
        .isCloseTo(TABLE.classCurve("Intel").maxWatts() * 190.0, within(1e-9));
    assertThat(c.band()).isEqualTo(TABLE.classBand());
  }

  @Test
  void match_bareAmdEpycVm_givesAGenerationEstimateWithAWiderBand() {
    String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 17\n"
        + "model name\t: AMD EPYC\nstepping\t: 1\nphysical id\t: 0\ncore id\t\t: 0\n"
        + "flags\t\t: fpu vme hypervisor lahf_lm\n\nprocessor\t: 1\nvendor_id\t: AuthenticAMD\n"
        + "physical id\t: 0\ncore id\t\t: 1\n";
    CpuIdentity vm = CpuIdentity.fromCpuinfo(cpuinfo, Map.of("sys_vendor", "QEMU"));
    assertThat(vm.threads()).isEqualTo(2);
    assertThat(vm.virtualMachine()).isTrue();
    CpuPowerCurve c = TABLE.match(vm);
    assertThat(c.match()).isEqualTo(CurveMatch.VENDOR_GENERATION);
    assertThat(c.matched()).startsWith("EPYC 9004 (Genoa, Zen 4)");
    assertThat(c.assumed()).contains("3.28 W per thread").contains("x 2 threads");
    assertThat(c.curve().maxWatts()).isCloseTo(TABLE.classCurve("AMD").maxWatts() * 3.281 * 2, within(1e-6));
    assertThat(c.band().high()).isGreaterThan(TABLE.classBand().high());
  }

  @Test
  void match_namedCpuInAVm_usesTheGenerationNotThePackageTdp() {
    CpuPowerCurve c = TABLE.match(cpu("AMD", "AMD EPYC 7763 64-Core Processor", 25, 1, 1, 4, 8, true));
    assertThat(c.match()).isEqualTo(CurveMatch.VENDOR_GENERATION);
    assertThat(c.matched()).contains("Milan").contains("shared with other guests");
  }

  @Test
  void match_ec2InstanceTypeInDmi_usesItsHostCpuTdpTimesItsVcpuShare() {
    CpuIdentity vm = new CpuIdentity("Intel", "Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz",
        OptionalInt.of(6), OptionalInt.of(85), OptionalInt.of(4), 1, 1, 2, true,
        Optional.of("Amazon EC2 m5.large"));
    CpuPowerCurve c = TABLE.match(vm);
    assertThat(c.match()).isEqualTo(CurveMatch.TDP_CLASS);
    assertThat(c.matched()).startsWith("AWS m5.large on Intel Xeon Platinum 8175M");
    assertThat(c.assumed()).contains("2 of the host's 96 vCPUs");
    assertThat(c.curve().maxWatts())
        .isCloseTo(TABLE.classCurve("Intel").maxWatts() * 240 * 2 * 2 / 96, within(1e-9));
  }

  @Test
  void match_unknownVendor_usesTheStatedDefaultWithTheWidestBand() {
    CpuPowerCurve c = TABLE.match(cpu("ARM", "Neoverse-N1", 0, 0, 1, 4, 4, false));
    assertThat(c.match()).isEqualTo(CurveMatch.DEFAULT);
    assertThat(c.assumed()).contains("12.0 W per core x 4 cores");
    assertThat(c.band().low()).isGreaterThan(TABLE.classBand().low());
  }

  @Test
  void fromCpuinfo_twoSocketsWithSmt_countsPackagesCoresAndThreads() {
    StringBuilder text = new StringBuilder();
    for (int t = 0; t < 8; t++) {
      text.append("processor\t: ").append(t).append("\nvendor_id\t: GenuineIntel\ncpu family\t: 6\n")
          .append("model\t\t: 63\nmodel name\t: Intel(R) Xeon(R) CPU E5-2620 v3 @ 2.40GHz\n")
          .append("physical id\t: ").append(t / 4).append("\ncore id\t\t: ").append(t % 2)
          .append("\nflags\t\t: fpu ht\n\n");
    }
    CpuIdentity id = CpuIdentity.fromCpuinfo(text.toString(), Map.of());
    assertThat(id.packages()).isEqualTo(2);
    assertThat(id.cores()).isEqualTo(4);
    assertThat(id.threads()).isEqualTo(8);
    assertThat(id.vendor()).isEqualTo("Intel");
    assertThat(id.model()).hasValue(63);
    assertThat(id.virtualMachine()).isFalse();
    assertThat(id.describe()).contains("Intel family 6 model 63").contains("2 sockets");
  }
}
