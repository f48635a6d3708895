package org.greenautoml.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

final class EnergyReadingTest {

  private static EnergyReading reading(double cpu, double dram, EnergyMethod m, MeterScope s, double u) {
    return new EnergyReading(cpu, dram, 0, Duration.ofSeconds(1), Duration.ofMillis(500), m, s, u);
  }

  @Test
  void plus_zero_isIdentityOnBothSides() {
    EnergyReading r = reading(3, 1, EnergyMethod.POWER_MODEL, MeterScope.PROCESS, 0.4);
    assertThat(r.plus(EnergyReading.ZERO)).isEqualTo(r);
    assertThat(EnergyReading.ZERO.plus(r)).isEqualTo(r);
  }

  @Test
  void plus_mixedMethodsAndScopes_takesLeastDirectMethodAndWidestScope() {
    EnergyReading rapl = reading(10, 0, EnergyMethod.RAPL, MeterScope.THREAD, 0.1);
    EnergyReading model = reading(30, 0, EnergyMethod.POWER_MODEL, MeterScope.PROCESS, 0.5);
    EnergyReading sum = rapl.plus(model);
    assertThat(sum.method()).isEqualTo(EnergyMethod.POWER_MODEL);
    assertThat(sum.scope()).isEqualTo(MeterScope.PROCESS);
    assertThat(sum.joules()).isEqualTo(40.0);
    assertThat(sum.relativeUncertainty()).isCloseTo((1 + 15) / 40.0, within(1e-12));
    assertThat(sum.wallTime()).isEqualTo(Duration.ofSeconds(2));
  }

  @RepeatedTest(20)
  void plus_randomReadings_absoluteUncertaintyAndJoulesAddUp() {
    Random random = new Random(42);
    EnergyReading total = EnergyReading.ZERO;
    double joules = 0;
    double absolute = 0;
    for (int i = 0; i < 10; i++) {
      double cpu = random.nextDouble() * 100;
      double u = random.nextDouble();
      total = total.plus(reading(cpu, 1, EnergyMethod.RAPL, MeterScope.THREAD, u));
      joules += cpu + 1;
      absolute += (cpu + 1) * u;
    }
    assertThat(total.joules()).isCloseTo(joules, within(1e-9));
    assertThat(total.uncertaintyJoules()).isCloseTo(absolute, within(1e-9));
  }

  @Test
  void kWh_3600000Joules_isOne() {
    assertThat(reading(3.6e6, 0, EnergyMethod.RAPL, MeterScope.THREAD, 0).kWh()).isEqualTo(1.0);
  }

  @Test
  void constructor_nanJoules_isRejectedWithTheField() {
    assertThatThrownBy(() -> reading(Double.NaN, 0, EnergyMethod.RAPL, MeterScope.THREAD, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cpuJoules must be finite and >= 0, found NaN");
    assertThatThrownBy(() -> reading(1, 0, EnergyMethod.RAPL, MeterScope.THREAD, Double.NaN))
        .hasMessageContaining("relativeUncertainty");
    assertThatThrownBy(() -> reading(1, -2, EnergyMethod.RAPL, MeterScope.THREAD, 0))
        .hasMessageContaining("dramJoules");
  }
}
