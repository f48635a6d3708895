package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class LoadCurveFitTest {

  @RepeatedTest(20)
  void fit_pointsOnAKnownCurve_recoversIt(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(1900 + repetition.getCurrentRepetition());
    double idle = 1 + 40 * random.nextDouble();
    LoadCurve truth = new LoadCurve(idle, idle + 5 + 200 * random.nextDouble(),
        Math.round(10 + 250 * random.nextDouble()) / 100.0);
    List<LoadPoint> points = new ArrayList<>();
    for (int step = 0; step <= 10; step++) {
      points.add(new LoadPoint(step / 10.0, truth.watts(step / 10.0)));
    }
    LoadCurve fitted = LoadCurveFit.fit(points);
    assertThat(fitted.idleWatts()).isCloseTo(truth.idleWatts(), within(1e-6 * truth.maxWatts()));
    assertThat(fitted.maxWatts()).isCloseTo(truth.maxWatts(), within(1e-6 * truth.maxWatts()));
    assertThat(fitted.exponent()).isCloseTo(truth.exponent(), within(1e-9));
  }

  @Test
  void fit_teadsCurve_isSublinearWithTwelvePercentIdle() {
    List<LoadPoint> teads = List.of(new LoadPoint(0, 0.12), new LoadPoint(0.1, 0.32),
        new LoadPoint(0.5, 0.75), new LoadPoint(1, 1.02));
    LoadCurve curve = LoadCurveFit.fit(teads);
    assertThat(curve.exponent()).isLessThan(1);
    assertThat(curve.idleWatts()).isCloseTo(0.12, within(0.01));
    assertThat(curve.watts(0.5)).isCloseTo(0.75, within(0.08));
  }

  @Test
  void fit_flatPoints_givesAFlatCurveAtTheirLevel() {
    LoadCurve curve = LoadCurveFit.fit(
        List.of(new LoadPoint(0, 10), new LoadPoint(0.5, 10), new LoadPoint(1, 10)));
    assertThat(curve.watts(0)).isCloseTo(10, within(1e-9));
    assertThat(curve.watts(1)).isCloseTo(10, within(1e-9));
  }

  @Test
  void fit_tooFewOrDegeneratePoints_isRejected() {
    assertThatThrownBy(() -> LoadCurveFit.fit(List.of(new LoadPoint(0, 1), new LoadPoint(1, 2))))
        .hasMessage("points must hold >= 3 points, found 2");
    assertThatThrownBy(() -> LoadCurveFit.fit(
            List.of(new LoadPoint(0.5, 1), new LoadPoint(0.5, 2), new LoadPoint(0.5, 3))))
        .hasMessage("points must have >= 2 distinct utilisations");
  }

  @Test
  void dynamicWattsPerBusyThread_concaveCurve_isLargerAtLowLoadAndFiniteAtZero() {
    LoadCurve curve = new LoadCurve(10, 50, 0.5);
    assertThat(curve.dynamicWattsPerBusyThread(0.125, 8))
        .isGreaterThan(curve.dynamicWattsPerBusyThread(1, 8));
    assertThat(curve.dynamicWattsPerBusyThread(0, 8)).isEqualTo(curve.dynamicWattsPerBusyThread(0.125, 8));
    assertThat(curve.dynamicWattsPerBusyThread(1, 8)).isEqualTo(5.0);
  }

  @Test
  void loadCurve_maxBelowIdle_isRejectedWithItsValue() {
    assertThatThrownBy(() -> new LoadCurve(10, 5, 1))
        .hasMessage("maxWatts must be finite and >= idleWatts (10.0), found 5.0");
  }

  @Test
  void fit_bothSweepsOfAKnownTwoExponentCurve_recoversBothExponents() {
    SplittableRandom random = new SplittableRandom(19);
    for (int trial = 0; trial < 5; trial++) {
      double idle = 2 + 30 * random.nextDouble();
      LoadCurve truth = new LoadCurve(idle, idle + 10 + 150 * random.nextDouble(),
          0.2 + 1.5 * random.nextDouble(), 0.2 + 1.5 * random.nextDouble());
      List<LoadPoint> points = new ArrayList<>();
      for (int step = 0; step <= 10; step++) {
        double u = step / 10.0;
        points.add(new LoadPoint(u, u, truth.watts(u, u)));
        points.add(new LoadPoint(u, 1, truth.watts(u, 1)));
      }
      LoadCurve fitted = LoadCurveFit.fit(points);
      assertThat(fitted.exponent()).isCloseTo(truth.exponent(), within(0.011));
      assertThat(fitted.dutyExponent()).isCloseTo(truth.dutyExponent(), within(0.011));
      assertThat(fitted.watts(0.3, 0.3)).isCloseTo(truth.watts(0.3, 0.3), within(0.02 * truth.watts(0.3, 0.3)));
    }
  }

  @Test
  void fit_threadsFlatOutOnly_givesACurveOfUtilisationAlone() {
    List<LoadPoint> calibration = List.of(new LoadPoint(0, 12), new LoadPoint(0.25, 30),
        new LoadPoint(0.5, 45), new LoadPoint(1, 80));
    LoadCurve curve = LoadCurveFit.fit(calibration);
    assertThat(curve.utilisationOnly()).isTrue();
    assertThat(curve.watts(0.5, 0.5)).isEqualTo(curve.watts(0.5, 1));
  }

  @Test
  void watts_twoExponentCurve_lowDutyDrawsLessThanFewThreadsFlatOut() {
    LoadCurve e3 = new LoadCurve(5, 55, 0.8, 1.85);
    assertThat(e3.watts(0.25, 0.25)).isLessThan(0.5 * e3.watts(0.25, 1));
    assertThat(e3.watts(1, 1)).isEqualTo(55);
    assertThat(e3.watts(0, 0)).isEqualTo(5);
    assertThat(e3.watts(0.5, 0.1)).as("duty below utilisation is clamped to it").isEqualTo(e3.watts(0.5, 0.5));
    assertThatThrownBy(() -> new LoadPoint(0.5, 0.4, 10))
        .hasMessage("duty must be in [utilisation (0.5), 1], found 0.4");
  }
}
