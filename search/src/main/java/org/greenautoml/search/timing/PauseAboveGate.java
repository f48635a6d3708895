package org.greenautoml.search.timing;

import java.time.Instant;
import java.util.Optional;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;

/** {@link StartGate#pauseAbove}: open while the intensity is at most a threshold. */
final class PauseAboveGate implements StartGate {

  private final CarbonIntensitySeries series;
  private final double threshold;

  PauseAboveGate(CarbonIntensitySeries series, double threshold) {
    if (!Double.isFinite(threshold) || threshold < 0) {
      throw new IllegalArgumentException(
          "pause threshold must be finite and >= 0 gCO2e/kWh, found " + threshold);
    }
    this.series = series;
    this.threshold = threshold;
  }

  @Override
  public GateDecision check(GateContext context) {
    Instant now = context.now();
    if (!series.covers(now, now)) {
      return GateDecision.closedForGood("the intensity series " + series.source() + " covers "
          + series.start() + " to " + series.end() + ", not " + now);
    }
    double grams = series.intensityAt(now);
    if (grams <= threshold) {
      return GateDecision.open(Optional.of(grams));
    }
    Optional<Instant> next = series.firstAtOrBelow(now, threshold);
    String reason = String.format("intensity %.0f gCO2e/kWh is above the pause threshold %.0f",
        grams, threshold);
    return next.map(t -> GateDecision.closedUntil(t, reason, grams)).orElseGet(
        () -> GateDecision.closedForGood(reason + " until the series ends at " + series.end()));
  }

  @Override
  public String toString() {
    return "pause above " + threshold + " gCO2e/kWh (" + series.source() + ")";
  }
}
