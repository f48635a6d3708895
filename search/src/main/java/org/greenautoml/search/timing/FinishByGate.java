package org.greenautoml.search.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeSpan;

/**
 * {@link StartGate#finishBy}: re-plans at every question, so the plan follows what the search has
 * learnt about its own pace; open when now lies in one of the chosen slots.
 */
final class FinishByGate implements StartGate {

  private final CarbonIntensitySeries series;
  private final Instant deadline;
  private final Duration initialEstimate;

  FinishByGate(CarbonIntensitySeries series, Instant deadline, Duration initialEstimate) {
    if (initialEstimate.isNegative() || initialEstimate.isZero()) {
      throw new IllegalArgumentException(
          "estimated search duration must be positive, found " + initialEstimate);
    }
    this.series = series;
    this.deadline = deadline;
    this.initialEstimate = initialEstimate;
  }

  @Override
  public GateDecision check(GateContext context) {
    Instant now = context.now();
    if (!now.isBefore(deadline)) {
      return GateDecision.closedForGood("the finish-by deadline " + deadline + " has passed");
    }
    if (!series.covers(now, now)) {
      return GateDecision.closedForGood("the intensity series " + series.source() + " covers "
          + series.start() + " to " + series.end() + ", not " + now);
    }
    Duration needed = remaining(context);
    List<TimeSpan> plan = CleanestSlots.plan(series, now, deadline, needed);
    double grams = series.intensityAt(now);
    for (TimeSpan slot : plan) {
      if (!now.isBefore(slot.from()) && now.isBefore(slot.to())) {
        return GateDecision.open(Optional.of(grams));
      }
    }
    if (plan.isEmpty()) {
      return GateDecision.closedForGood("no time left before the deadline " + deadline);
    }
    return GateDecision.closedUntil(plan.get(0).from(), String.format(
        "waiting for the cleanest hours before %s (%s of running left, next slot at %s)",
        deadline, needed, plan.get(0).from()), grams);
  }

  /** The estimated running time still needed: learnt from the pace so far once there is one. */
  Duration remaining(GateContext context) {
    Duration active = context.activeTime();
    double share = context.spentShare();
    if (active.isZero() || !(share > 0)) {
      return initialEstimate;
    }
    if (share >= 1) {
      return Duration.ofNanos(1);
    }
    double nanos = active.toNanos() * (1 - share) / share;
    return Duration.ofNanos(Math.max(1, (long) Math.min(nanos, Long.MAX_VALUE / 2.0)));
  }

  @Override
  public String toString() {
    return "finish by " + deadline + " (" + series.source() + ")";
  }
}
