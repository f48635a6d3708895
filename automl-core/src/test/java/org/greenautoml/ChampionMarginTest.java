package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** ASHA's champion margin is two standard errors of an accuracy on the validation rows, clamped. */
final class ChampionMarginTest {

  @Test
  void championMargin_isTwoStandardErrorsOfTheBestAccuracy() {
    assertThat(SchedulerKind.championMargin(0.90, 7_200)).isCloseTo(0.00707, within(1e-5));
    assertThat(SchedulerKind.championMargin(0.89, 860)).isCloseTo(0.0213, within(1e-4));
  }

  @Test
  void championMargin_fewValidationRows_isCappedAtThreePoints() {
    assertThat(SchedulerKind.championMargin(0.75, 160))
        .isEqualTo(SchedulerKind.MAX_CHAMPION_MARGIN).isEqualTo(0.03);
  }

  @Test
  void championMargin_nearPerfectAccuracy_keepsTheFloor() {
    assertThat(SchedulerKind.championMargin(0.999, 500))
        .isEqualTo(SchedulerKind.MIN_CHAMPION_MARGIN);
    assertThat(SchedulerKind.championMargin(1.0, 500)).isEqualTo(SchedulerKind.MIN_CHAMPION_MARGIN);
  }
}
