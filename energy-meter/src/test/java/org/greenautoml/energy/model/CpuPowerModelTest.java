package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class CpuPowerModelTest {

  @Test
  void watts_halfUtilisation_isHalfTdp() {
    assertThat(CpuPowerModel.watts(120, 16, 0.5)).isEqualTo(60.0);
  }

  @Test
  void cpuJoules_oneCpuSecond_isTdpOverThreads() {
    assertThat(CpuPowerModel.cpuJoules(120, 16, 1.0)).isEqualTo(7.5);
    assertThat(CpuPowerModel.wattsPerThread(120, 16)).isEqualTo(7.5);
  }

  @Test
  void memoryWatts_tenGigabytes_is3point725() {
    assertThat(CpuPowerModel.memoryWatts(10)).isEqualTo(3.725);
  }

  @Test
  void watts_badArguments_areRejectedWithTheirValue() {
    assertThatThrownBy(() -> CpuPowerModel.watts(0, 4, 0.5)).hasMessage("tdpWatts must be finite and > 0, found 0.0");
    assertThatThrownBy(() -> CpuPowerModel.watts(65, 0, 0.5)).hasMessage("hardwareThreads must be >= 1, found 0");
    assertThatThrownBy(() -> CpuPowerModel.watts(65, 4, Double.NaN)).hasMessage("utilisation must be in [0, 1], found NaN");
    assertThatThrownBy(() -> CpuPowerModel.cpuJoules(65, 4, -1)).hasMessageContaining("cpuSeconds");
  }
}
