package org.greenautoml.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EnergyMetersTest {

  @Test
  void detect_noPowercapTree_fallsBackToPowerModelWithOneLineReason(@TempDir Path dir) {
    EnergyMeters.Detection d = EnergyMeters.detect(dir.resolve("no-such-powercap"));
    assertThat(d.meter().method()).isEqualTo(EnergyMethod.POWER_MODEL);
    assertThat(d.reason())
        .startsWith("energy meter: power model, because RAPL unavailable: no powercap tree")
        .doesNotContain("\n");
  }

  @Test
  void detect_thisMachine_returnsAMeterThatMeasures() {
    EnergyMeter meter = EnergyMeters.detect();
    if (!java.nio.file.Files.isDirectory(Path.of("/sys/class/powercap"))) {
      assertThat(meter.method()).isEqualTo(EnergyMethod.POWER_MODEL);
    }
    try (Measurement m = meter.start(MeterScope.THREAD)) {
      assertThat(m.current().method()).isEqualTo(meter.method());
    }
    assertThat(meter.description()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void powerModel_isSharedAndDescribesTheTdpSource() {
    assertThat(EnergyMeters.powerModel()).isSameAs(EnergyMeters.powerModel());
    assertThat(EnergyMeters.powerModel().description()).contains("TDP");
  }
}
