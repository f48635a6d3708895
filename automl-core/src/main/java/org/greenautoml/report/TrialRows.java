package org.greenautoml.report;

import org.greenautoml.energy.EnergyReading;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenautoml.TestScores;
import org.greenautoml.TrialRecord;
import org.greenautoml.trial.MeteredTrialEvaluator;
import org.greenautoml.trial.TrialMetrics;

/**
 * Turns a search's {@link TrialRecord}s into the report's {@link TrialRow}s, ordered by id.
 *
 * <p>A trial that did not succeed has no metrics: its figures are NaN, its model size -1 and its
 * wall time 0 (the engine does not record the time of a failed trial). Its training rows are
 * those of a succeeded trial at the same fidelity (nested subsamples of one fidelity have one
 * size), else the mean of succeeded trials' rows per unit fidelity times its fidelity, else the
 * dataset's rows times its fidelity; so the count is exact whenever a trial at that fidelity
 * succeeded and an estimate otherwise.
 */
final class TrialRows {


  private TrialRows() {}

  static List<TrialRow> of(
      List<TrialRecord> trials, Set<Integer> front, double kgPerKWh, int datasetRows,
      Map<Integer, TestScores> testScores) {
    Map<Double, Integer> rowsAtFidelity = new HashMap<>();
    double rowsPerFidelity =
        trials.stream()
            .flatMap(t -> t.metrics().stream().map(m -> m.trainingRows() / t.fidelity()))
            .mapToDouble(Double::doubleValue)
            .average()
            .orElse(datasetRows);
    trials.forEach(
        t -> t.metrics().ifPresent(m -> rowsAtFidelity.putIfAbsent(t.fidelity(), m.trainingRows())));
    return trials.stream()
        .sorted(Comparator.comparingInt(TrialRecord::id))
        .map(t -> {
          int rows = rowsAtFidelity.getOrDefault(
              t.fidelity(), (int) Math.max(1, Math.round(rowsPerFidelity * t.fidelity())));
          return row(t, front.contains(t.id()), kgPerKWh, rows,
              Optional.ofNullable(testScores.get(t.id())));
        })
        .toList();
  }

  private static TrialRow row(TrialRecord t, boolean onFront, double kgPerKWh, int rows,
      Optional<TestScores> test) {
    Map<String, Object> configuration = new LinkedHashMap<>(t.configuration().values());
    configuration.remove(MeteredTrialEvaluator.FAMILY);
    String reason = t.succeeded() ? "" : t.failureReason();
    if (t.status().name().equals(TrialRow.FAILED) && reason.isBlank()) {
      reason = "failed without a stated reason";
    }
    if (t.metrics().isEmpty()) {
      return new TrialRow(t.id(), t.family(), configuration, t.rung(), t.fidelity(), rows,
          t.status().name(), reason, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, -1, 0, false);
    }
    TrialMetrics m = t.metrics().get();
    double kWh = m.trainingJoules() / EnergyReading.JOULES_PER_KWH;
    return new TrialRow(t.id(), t.family(), configuration, t.rung(), t.fidelity(),
        m.trainingRows(), t.status().name(), reason, m.validationAccuracy(),
        m.balancedAccuracy(), m.trainingJoules(), kWh, kWh * kgPerKWh,
        m.inferenceJoulesPerPrediction(), m.modelSizeBytes(), m.wallSeconds(), onFront, test);
  }
}
