package org.greenautoml.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.junit.jupiter.api.Test;

/** Carbon-aware placement and the per-member ledger, without a cluster. */
final class PlacementTest {

  private static final MemberView SWEDEN = view("se", 5701, "SE", 1, 1);
  private static final MemberView POLAND = view("pl", 5702, "PL", 1, 2);
  private static final MemberView FRANCE = view("fr", 5703, "FR", 1.5, 1);

  private static MemberView view(String id, int port, String region, double pue, int threads) {
    return new MemberView(id, "127.0.0.1:" + port, region,
        CarbonRegions.bundled().lookup(region).gramsCO2ePerKWh(), pue, threads);
  }

  @Test
  void acquire_freeMembers_givesTheLowestEffectiveIntensityFirst() throws InterruptedException {
    Placement placement = new Placement();
    placement.update(List.of(POLAND, FRANCE, SWEDEN));

    assertThat(placement.acquire(Set.of(), 0, () -> false)).contains(SWEDEN);
    assertThat(placement.acquire(Set.of(), 0, () -> false)).contains(FRANCE);
    assertThat(placement.acquire(Set.of(), 0, () -> false)).contains(POLAND);
    assertThat(placement.acquire(Set.of(), 0, () -> false)).contains(POLAND);
    assertThat(placement.acquire(Set.of(), 0, () -> false)).isEmpty();
    placement.release(SWEDEN);
    assertThat(placement.acquire(Set.of(), 0, () -> false)).contains(SWEDEN);
  }

  @Test
  void acquire_avoidedMember_isSkippedUnlessItIsTheOnlyOne() throws InterruptedException {
    Placement placement = new Placement();
    placement.update(List.of(SWEDEN, POLAND));

    assertThat(placement.acquire(Set.of("se"), 0, () -> false)).contains(POLAND);
    placement.update(List.of(SWEDEN));
    assertThat(placement.acquire(Set.of("se"), 0, () -> false)).contains(SWEDEN);
  }

  @Test
  void update_memberLeaves_losesItsSlotsAndTheRegionBlindMeanFollows() throws InterruptedException {
    Placement placement = new Placement();
    placement.update(List.of(SWEDEN, POLAND));
    assertThat(placement.slots()).isEqualTo(3);
    assertThat(placement.regionBlindGramsPerKWh())
        .isCloseTo((SWEDEN.gramsPerKWh() + 2 * POLAND.gramsPerKWh()) / 3, Offset.offset(1e-9));

    placement.update(List.of(POLAND));

    assertThat(placement.isPresent("se")).isFalse();
    assertThat(placement.acquire(Set.of(), 0, () -> false)).contains(POLAND);
    assertThat(placement.regionBlindGramsPerKWh()).isEqualTo(POLAND.gramsPerKWh());
  }

  @Test
  void record_trialOnLowCarbonMember_savesGramsAgainstTheRegionBlindMean() {
    MemberLedger ledger = new MemberLedger();
    double kWh = 0.002;

    double kg = ledger.record(SWEDEN, "POWER_MODEL", kWh * 3.6e6, 0, 0, 400);

    assertThat(kg).isCloseTo(kWh * SWEDEN.gramsPerKWh() / 1000, Offset.offset(1e-12));
    assertThat(ledger.savedGrams())
        .isCloseTo(kWh * (400 - SWEDEN.gramsPerKWh()), Offset.offset(1e-9));
    assertThat(ledger.usage()).singleElement().satisfies(u -> {
      assertThat(u.member()).isEqualTo("127.0.0.1:5701");
      assertThat(u.trials()).isEqualTo(1);
      assertThat(u.energyMethod()).isEqualTo("POWER_MODEL");
    });
  }

  @Test
  void record_memberStaticShare_isChargedAtTheMembersIntensityButSavesNothing() {
    MemberLedger ledger = new MemberLedger();
    double dynamicKWh = 0.002;
    double staticKWh = 0.0005;

    double kg = ledger.record(SWEDEN, "POWER_MODEL", dynamicKWh * 3.6e6, staticKWh * 3.6e6, 0,
        400);

    assertThat(kg).isCloseTo((dynamicKWh + staticKWh) * SWEDEN.gramsPerKWh() / 1000,
        Offset.offset(1e-12));
    assertThat(ledger.savedGrams()).as("placement moves trials, not idle machines")
        .isCloseTo(dynamicKWh * (400 - SWEDEN.gramsPerKWh()), Offset.offset(1e-9));
    assertThat(ledger.usage()).singleElement().satisfies(u -> {
      assertThat(u.joules()).isCloseTo(dynamicKWh * 3.6e6, Offset.offset(1e-9));
      assertThat(u.staticJoules()).isCloseTo(staticKWh * 3.6e6, Offset.offset(1e-9));
      assertThat(u.kgCO2e()).isEqualTo(kg);
    });
  }

  @Test
  void slotIdleWatts_slotsAndMachineThreads_divideTheIdlePowerByTheLarger() {
    EnergyMeter idleTwoWatts = new EnergyMeter() {
      @Override
      public org.greenautoml.energy.Measurement start(org.greenautoml.energy.MeterScope scope) {
        throw new UnsupportedOperationException("not measured here");
      }

      @Override
      public org.greenautoml.energy.EnergyMethod method() {
        return org.greenautoml.energy.EnergyMethod.POWER_MODEL;
      }

      @Override
      public String description() {
        return "2 W idle";
      }

      @Override
      public OptionalDouble idleWatts() {
        return OptionalDouble.of(2.0);
      }
    };

    assertThat(MemberRuntime.slotIdleWatts(idleTwoWatts, 1, 4)).as("one slot of four threads")
        .isEqualTo(0.5);
    assertThat(MemberRuntime.slotIdleWatts(idleTwoWatts, 8, 4)).as("eight slots on four threads")
        .isEqualTo(0.25);
  }
}
