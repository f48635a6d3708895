package org.greenautoml.search.execute;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SplittableRandom;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Measurements;
import org.greenautoml.search.schedule.Trial;

/**
 * A deterministic stand-in for training: loss falls with fidelity, noise shrinks with fidelity,
 * and the cost (proportional to fidelity, sometimes five times more than usual) is spent in ten
 * steps, each reported to the stop signal, which is polled between steps.
 */
final class SimulatedEvaluator implements TrialEvaluator {

  static final int STEPS = 10;

  private final long seed;
  private final double baseCostKg;
  private final double outlierProbability;

  SimulatedEvaluator(long seed, double baseCostKg, double outlierProbability) {
    this.seed = seed;
    this.baseCostKg = baseCostKg;
    this.outlierProbability = outlierProbability;
  }

  /** The trial's true total cost. */
  double trueCost(Trial trial) {
    SplittableRandom random = randomFor(trial);
    double cost = baseCostKg * trial.fidelity() * (0.5 + random.nextDouble());
    return random.nextDouble() < outlierProbability ? 5 * cost : cost;
  }

  double loss(Trial trial) {
    SplittableRandom random = randomFor(trial);
    random.nextDouble();
    random.nextDouble();
    double x = trial.configuration().getDouble("x");
    return (x - 0.3) * (x - 0.3) + 0.2 * (1 - trial.fidelity()) + 0.05 * (1 - trial.fidelity()) * random.nextDouble();
  }

  @Override
  public TrialEvaluation evaluate(Trial trial, StopSignal stop) {
    double cost = trueCost(trial);
    double spent = 0;
    for (int step = 1; step <= STEPS; step++) {
      if (stop.isStopRequested()) {
        break;
      }
      spent = cost * step / STEPS;
      stop.reportCostSoFar(spent);
    }
    return new TrialEvaluation(ObjectiveVector.of(loss(trial)), spent, new SimulatedMetrics(STEPS, "sim"));
  }

  private SplittableRandom randomFor(Trial trial) {
    long h = seed * 31 + trial.configuration().hashCode();
    h = h * 31 + Double.hashCode(trial.fidelity());
    return new SplittableRandom(h);
  }

  /** The typed measurements of a simulated trial, with their JSON form. */
  record SimulatedMetrics(int steps, String note) implements Measurements {

    /** Reads the JSON form back. */
    static final Measurements.Reader READER =
        json -> new SimulatedMetrics(json.get("steps").intValue(), json.get("note").textValue());

    @Override
    public ObjectNode toJson() {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("steps", steps);
      json.put("note", note);
      return json;
    }
  }
}
