package org.greenautoml.energy.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class SharesTest {

  @Test
  void staticShare_idlePowerTimesTimeTimesShare() {
    assertThat(new StaticShare(20, Duration.ofSeconds(5), new MachineShare(0.25)).joules())
        .isEqualTo(25.0);
    assertThat(new StaticShare(20, Duration.ofSeconds(5), MachineShare.NONE).joules()).isZero();
  }

  @Test
  void machineShare_outsideZeroToOne_isRejectedWithItsValue() {
    assertThatThrownBy(() -> new MachineShare(1.5))
        .hasMessage("machine share must be in [0, 1], found 1.5");
  }

  @Test
  void embodied_bundled_isBoaviztasServerOverItsLifetimeProratedByTimeAndShare() {
    EmbodiedShare e = EmbodiedShare.bundled();
    assertThat(e.serverKgCO2e()).isEqualTo(3660.0);
    assertThat(e.lifetimeHours()).isEqualTo(35040.0);
    assertThat(e.source()).contains("Boavizta").contains("ademe");
    double oneHourWhole = e.kgCO2e(Duration.ofHours(1), 96, false, MachineShare.WHOLE);
    assertThat(oneHourWhole).isCloseTo(3660.0 / 35040, within(1e-12));
    assertThat(e.kgCO2e(Duration.ofHours(1), 2, true, new MachineShare(0.5)))
        .isCloseTo(oneHourWhole * 2 / 96 * 0.5, within(1e-12));
    assertThat(e.describe()).contains("3660 kg CO2e per server over 35040 h");
  }

  @Test
  void machineHolding_powerModelVersusRapl_staticOnlyWhereReadingsLeaveIdleOut() {
    MachineHolding model = new MachineHolding(java.util.OptionalDouble.of(2.0), 2, true,
        new MachineShare(0.5), EmbodiedShare.bundled());
    assertThat(model.staticShare(Duration.ofSeconds(10)).joules()).isEqualTo(10.0);
    assertThat(model.embodiedKgCO2e(Duration.ofHours(2)))
        .isCloseTo(2 * 3660.0 / 35040 * 2 / 96 * 0.5, within(1e-12));
    assertThat(model.describe()).contains("idle 2.00 W").contains("x 2/96 host threads");
    MachineHolding rapl = new MachineHolding(java.util.OptionalDouble.empty(), 8, false,
        MachineShare.WHOLE, EmbodiedShare.bundled());
    assertThat(rapl.staticShare(Duration.ofSeconds(10)).joules()).isZero();
    assertThat(rapl.describe()).contains("inside the RAPL readings");
  }
}
