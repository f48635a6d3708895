package org.greenautoml.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a trial ran, in its metrics' journal form. */
final class TrialSiteTest {

  private static final TrialMetrics LOCAL = new TrialMetrics(455, 114, 0.965, 0.96, 180.0, 1.5,
      2.0, 12_345, 3.5, 190.0, "POWER_MODEL", 0.4, 0);

  @Test
  void toJson_localTrial_namesNoMemberAndReadsBackLocal() {
    assertThat(LOCAL.toJson().has("member")).isFalse();
    assertThat(TrialMetrics.fromJson(LOCAL.toJson()).site()).isEqualTo(TrialSite.LOCAL);
  }

  @Test
  void fromJson_memberTrial_roundTripsItsSite() {
    TrialMetrics remote = LOCAL.withSite(
        new TrialSite("127.0.0.1:5702", "FR", 1.2, 310.5,
            List.of(new LostAttempt("127.0.0.1:5703", 2.5e-7, "member left")), 0.75));

    assertThat(remote.toJson().get("member").asText()).isEqualTo("127.0.0.1:5702");
    assertThat(TrialMetrics.fromJson(remote.toJson())).isEqualTo(remote);
    assertThat(TrialMetrics.fromJson(remote.toJson()).site().lostKgCO2e()).isEqualTo(2.5e-7);
  }

  @Test
  void trialSite_badPue_isRefused() {
    assertThatThrownBy(() -> new TrialSite("127.0.0.1:5701", "FR", 0.5, 0, List.of()))
        .hasMessageContaining("PUE must be 0 or at least 1, found 0.5");
  }
}
