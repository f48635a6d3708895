package org.greenautoml.bench.suite;

import org.greenautoml.SchedulerKind;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.EnergyReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.GreenAutoML;
import org.greenautoml.SearchResult;
import org.greenautoml.bench.portfolio.LeaveOneOut;
import org.greenautoml.TrialRecord;
import org.greenautoml.data.TabularData;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.select.ModelSelector;
import org.greenautoml.trial.TrialMetrics;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Runs one method on one dataset's split and scores what it found on the test rows.
 *
 * <p>The search sees the training part only; the engine makes its own validation split of it.
 * After the search, every full-fidelity model is scored once on the test part (unmetered: scoring
 * is the benchmark's cost, not the search's).
 */
final class MethodRunner {


  /** The engine's default validation fraction, set explicitly so the test scorer matches it. */
  static final double VALIDATION_FRACTION = 0.2;


  private final int workers;
  private final Duration timeLimit;

  MethodRunner(int workers, Duration timeLimit) {
    this.workers = workers;
    this.timeLimit = timeLimit;
  }

  MethodRun run(
      Method method, String dataset, TabularData train, TabularData test, long seed,
      double budgetKgCO2e) {
    TestScorer scorer = new TestScorer(train, test, VALIDATION_FRACTION, seed);
    Map<String, Model<Label>> store = RecordingFamily.newStore();
    Map<String, ModelFamily> families = new LinkedHashMap<>();
    for (ModelFamily family : Families.all()) {
      families.put(family.name(), new RecordingFamily(family, scorer.trainingRows(), store));
    }
    GreenAutoML engine =
        method
            .configure(GreenAutoML.builder())
            .families(List.copyOf(families.values()))
            .seed(seed)
            .workers(workers)
            .timeLimit(timeLimit)
            .validationFraction(VALIDATION_FRACTION)
            .portfolio(LeaveOneOut.without(dataset)) // never the portfolio that saw this dataset
            // the suite scores each front model by retraining it on the search's partition
            // (TestScorer), which a refitted or cross-validated model would not match
            .refit(false)
            .crossValidationRows(0)
            .build();
    long started = System.nanoTime();
    SearchResult result = engine.search(train, budgetKgCO2e);
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    Map<Integer, Double> scored = scorer.scoreTopTrials(result, families, store);
    scorer.checkAgainstFront(result, test, scored);
    store.clear();
    List<TopTrial> top = topTrials(result, scored);
    Map<Integer, TopTrial> byId = new HashMap<>();
    top.forEach(t -> byId.put(t.id(), t));
    Optional<TopTrial> best =
        result.mostAccurate().flatMap(t -> Optional.ofNullable(byId.get(t.id())));
    Optional<TopTrial> knee = knee(result).flatMap(id -> Optional.ofNullable(byId.get(id)));
    return new MethodRun(
        dataset, method, seed, budgetKgCO2e,
        result.budget().spentKWh(), result.budget().spentKgCO2e(), wallSeconds,
        result.trials().size(), result.stopReason().name(),
        result.provenance().meterMethod().name() + " +-"
            + Math.round(100 * result.provenance().meterUncertainty().orElse(0)) + "%",
        top,
        best.map(TopTrial::testAccuracy).orElse(Double.NaN),
        best.map(TopTrial::trainingKWh).orElse(Double.NaN),
        knee.map(TopTrial::testAccuracy).orElse(Double.NaN),
        familyMeanTrialKWh(result),
        gridSizes(families, result));
  }

  private static List<TopTrial> topTrials(SearchResult result, Map<Integer, Double> scored) {
    double kgPerKWh = kgPerKWh(result);
    List<TopTrial> top = new ArrayList<>();
    double cumulativeKg = 0;
    for (TrialRecord trial : result.trials()) {
      cumulativeKg += trial.costKgCO2e();
      Double accuracy = scored.get(trial.id());
      if (accuracy != null) {
        TrialMetrics m = trial.metrics().orElseThrow();
        top.add(new TopTrial(trial.id(), trial.family(), cumulativeKg / kgPerKWh,
            m.trainingKWh(), m.validationAccuracy(), accuracy));
      }
    }
    return top;
  }

  private static double kgPerKWh(SearchResult result) {
    return result.provenance().kgCO2ePerKWh();
  }

  /** The knee of the front's full-fidelity members through the selector, on (error, log10 kWh). */
  private static Optional<Integer> knee(SearchResult result) {
    List<TrialRecord> members =
        result.front().stream().filter(member -> member.fidelity() >= 1.0).toList();
    return ModelSelector.of(members, kgPerKWh(result)).knee().chosen().map(TrialRecord::id);
  }

  private static Map<String, Double> familyMeanTrialKWh(SearchResult result) {
    Map<String, double[]> sums = new HashMap<>();
    for (TrialRecord trial : result.trials()) {
      if (trial.succeeded() && trial.fidelity() >= 1.0) {
        double[] s = sums.computeIfAbsent(trial.family(), f -> new double[2]);
        s[0] += trial.metrics().orElseThrow().trialJoules() / EnergyReading.JOULES_PER_KWH;
        s[1]++;
      }
    }
    Map<String, Double> means = new HashMap<>();
    sums.forEach((family, s) -> means.put(family, s[0] / s[1]));
    return means;
  }

  private static Map<String, Integer> gridSizes(
      Map<String, ModelFamily> families, SearchResult result) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    families.forEach((name, family) -> {
      if (!result.skippedFamilies().containsKey(name)) {
        sizes.put(name, family.space().grid(SchedulerKind.GRID_POINTS_PER_PARAMETER).size());
      }
    });
    return sizes;
  }
}
