package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.OptionalDouble;
import org.greenautoml.data.TabularData;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.junit.jupiter.api.Test;

/** The static share is charged to the budget for the search's wall time; the embodied share when asked. */
final class MachineSharesSearchTest {

  private static final double IDLE_WATTS = 50;

  /** The power model with a stated idle power, so that the static share is known. */
  private static final EnergyMeter IDLING = new EnergyMeter() {
    private final EnergyMeter model = EnergyMeters.powerModel();

    @Override
    public Measurement start(MeterScope scope) {
      return model.start(scope);
    }

    @Override
    public EnergyMethod method() {
      return model.method();
    }

    @Override
    public String description() {
      return "test meter idling at " + IDLE_WATTS + " W";
    }

    @Override
    public OptionalDouble idleWatts() {
      return OptionalDouble.of(IDLE_WATTS);
    }
  };

  private static SearchResult search(double share, boolean embodied) {
    TabularData data = RealDatasets.read("breast-cancer-wisconsin.csv");
    return GreenAutoML.builder().workers(1).seed(3).maxTrials(3).families("cart").minFidelity(1.0 / 9)
        .meter(IDLING).machineShare(share).includeEmbodied(embodied).build().search(data, 1.0);
  }

  @Test
  void search_wholeMachine_chargesIdlePowerTimesWallTimeAsStaticShare() {
    SearchResult result = search(1, false);
    BudgetStatement b = result.budget();
    double wall = Duration.between(result.provenance().startedAt(),
        result.provenance().finishedAt()).toNanos() / 1e9;
    assertThat(b.staticKWh() * EnergyReading.JOULES_PER_KWH)
        .isCloseTo(IDLE_WATTS * wall, within(0.25 * IDLE_WATTS * wall));
    assertThat(b.staticKWh()).isLessThanOrEqualTo(b.overheadKWh());
    assertThat(b.spentKgCO2e()).isGreaterThanOrEqualTo(
        b.staticKWh() * result.provenance().intensity().gramsCO2ePerKWh() / 1000 * 0.99);
    assertThat(b.embodiedKgCO2e()).isGreaterThan(0);
    assertThat(b.embodiedCharged()).isFalse();
    assertThat(result.provenance().meterDescription()).contains("static share: idle 50.0 W")
        .contains("embodied").contains("not charged");
  }

  @Test
  void search_shareZeroThenEmbodiedIncluded_leavesStaticOutAndChargesEmbodied() {
    BudgetStatement none = search(0, false).budget();
    assertThat(none.staticKWh()).isZero();
    assertThat(none.embodiedKgCO2e()).isZero();
    BudgetStatement embodied = search(1, true).budget();
    assertThat(embodied.embodiedCharged()).isTrue();
    assertThat(embodied.embodiedKgCO2e()).isGreaterThan(0);
  }
}
