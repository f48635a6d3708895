package org.greenautoml.search.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CarbonLedgerTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void constructor_badBudget_isRejectedWithTheValue(double budget) {
    assertThatThrownBy(() -> new CarbonLedger(budget))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("carbon budget (kg CO2e) must be positive and finite, found " + budget);
  }

  @Test
  void reserve_beyondWhatIsLeft_isRefused() {
    CarbonLedger ledger = new CarbonLedger(1.0);
    Reservation a = ledger.reserve(0.6).orElseThrow();
    assertThat(ledger.reserve(0.5)).isEmpty();
    assertThat(ledger.remainingKgCO2e()).isCloseTo(0.4, within(1e-12));
    ledger.commit(a, 0.2);
    assertThat(ledger.spentKgCO2e()).isCloseTo(0.2, within(1e-12));
    assertThat(ledger.reserve(0.5)).isPresent();
  }

  @Test
  void progress_chargesAsItGoes_andCommitReplacesItWithTheActual() {
    CarbonLedger ledger = new CarbonLedger(1.0);
    Reservation r = ledger.reserve(0.5).orElseThrow();
    ledger.progress(r, 0.3);
    assertThat(ledger.spentKgCO2e()).isCloseTo(0.3, within(1e-12));
    assertThat(ledger.remainingKgCO2e()).isCloseTo(0.5, within(1e-12));
    ledger.progress(r, 1.2);
    assertThat(ledger.exhausted()).isTrue();
    ledger.commit(r, 1.25);
    assertThat(ledger.spentKgCO2e()).isCloseTo(1.25, within(1e-12));
    assertThat(ledger.remainingKgCO2e()).isZero();
  }

  @Test
  void release_keepsOnlyTheProgressCharged_andClosingTwiceFails() {
    CarbonLedger ledger = new CarbonLedger(1.0);
    Reservation r = ledger.reserve(0.5).orElseThrow();
    ledger.progress(r, 0.1);
    ledger.release(r);
    assertThat(ledger.spentKgCO2e()).isCloseTo(0.1, within(1e-12));
    assertThat(ledger.remainingKgCO2e()).isCloseTo(0.9, within(1e-12));
    assertThatThrownBy(() -> ledger.commit(r, 0.1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void progress_decreasing_isRejected() {
    CarbonLedger ledger = new CarbonLedger(1.0);
    Reservation r = ledger.reserve(0.5).orElseThrow();
    ledger.progress(r, 0.2);
    assertThatThrownBy(() -> ledger.progress(r, 0.1))
        .hasMessage("progress must not decrease, found 0.1 after 0.2");
  }

  @Test
  void chargeOverhead_nan_isRejected() {
    assertThatThrownBy(() -> new CarbonLedger(1.0).chargeOverhead(Double.NaN))
        .hasMessage("overhead (kg CO2e) must be non-negative and finite, found NaN");
  }

  @Test
  void costPredictor_badFidelityOrSafety_isRejected() {
    assertThatThrownBy(() -> new CostPredictor(1.0, 0.5))
        .hasMessage("safety factor must be finite and at least 1, found 0.5");
    assertThatThrownBy(() -> new CostPredictor(1.0, 1.0).upperEstimate("cart", 0.0))
        .hasMessage("fidelity must be positive and finite, found 0.0");
  }

  @Test
  void searchLimits_nonPositive_areRejected() {
    assertThatThrownBy(() -> SearchLimits.NONE.withMaxTrials(0))
        .hasMessage("max trials must be at least 1, found 0");
    assertThatThrownBy(() -> SearchLimits.NONE.withWallTime(Duration.ZERO))
        .hasMessage("wall time must be positive, found PT0S");
  }
}
