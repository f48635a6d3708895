package org.greenautoml.search.execute;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.TimedEnergy;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Measurements;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.timing.SimulatedClock;

/**
 * A simulated trial on a simulated clock: it runs {@code minutesAtFullFidelity} times its fidelity
 * of clock time at a constant power, and is charged at the series' intensity of the time it ran.
 * Remembers each trial's energy interval.
 */
final class ClockedEvaluator implements TrialEvaluator {

  static final double WATTS = 100;

  private final SimulatedEvaluator losses = new SimulatedEvaluator(3, 0.01, 0.0);
  private final SimulatedClock clock;
  private final CarbonAccountant accountant;
  private final double minutesAtFullFidelity;
  final Map<Integer, TimedEnergy> energies = new ConcurrentHashMap<>();

  ClockedEvaluator(SimulatedClock clock, CarbonAccountant accountant, double minutesAtFull) {
    this.clock = clock;
    this.accountant = accountant;
    this.minutesAtFullFidelity = minutesAtFull;
  }

  @Override
  public TrialEvaluation evaluate(Trial trial, StopSignal stop) {
    Instant from = clock.instant();
    Duration runs = Duration.ofSeconds(Math.round(minutesAtFullFidelity * 60 * trial.fidelity()));
    clock.advance(runs);
    Instant to = clock.instant();
    double joules = WATTS * runs.toSeconds();
    energies.put(trial.id(), new TimedEnergy(from, to, joules));
    double kg = accountant.footprintOf(joules / 3.6e6, from, to).kgCO2e();
    stop.reportCostSoFar(kg);
    return new TrialEvaluation(ObjectiveVector.of(losses.loss(trial)), kg, Measurements.NONE);
  }
}
