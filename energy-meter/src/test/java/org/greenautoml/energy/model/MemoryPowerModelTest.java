package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class MemoryPowerModelTest {

  @Test
  void memoryWatts_tenGigabytes_is3point725() {
    assertThat(MemoryPowerModel.memoryWatts(10)).isEqualTo(3.725);
  }

  @Test
  void memoryWatts_negative_isRejectedWithItsValue() {
    assertThatThrownBy(() -> MemoryPowerModel.memoryWatts(-1))
        .hasMessage("gigabytes must be finite and >= 0, found -1.0");
  }
}
