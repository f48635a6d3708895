package org.greenautoml.report;

import org.greenautoml.energy.EnergyReading;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.greenautoml.TestScores;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;
import org.greenautoml.trial.TrialMetrics;
import org.greenautoml.trial.TrialSite;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;

/**
 * Turns a search's {@link TrialRecord}s into the report's {@link TrialRow}s, ordered by id.
 *
 * <p>A trial that did not succeed has no metrics: no figures, and wall time 0 (the engine does not record the time of a failed trial). Its training rows are
 * those of a succeeded trial at the same fidelity (nested subsamples of one fidelity have one
 * size), else the mean of succeeded trials' rows per unit fidelity times its fidelity, else the
 * dataset's rows times its fidelity; so the count is exact whenever a trial at that fidelity
 * succeeded and an estimate otherwise.
 */
final class TrialRows {


  private TrialRows() {}

  static List<TrialRow> of(
      List<TrialRecord> trials, Set<Integer> front, double kgPerKWh, String regionCode,
      int datasetRows, Map<Integer, TestScores> testScores) {
    return of(trials, front, id -> kgPerKWh, regionCode, datasetRows, testScores);
  }

  /**
   * As above, with each trial's own kg CO2e per kWh (its intensity of the time it ran, times the
   * PUE), when the search charged by time.
   */
  static List<TrialRow> of(List<TrialRecord> trials, Set<Integer> front,
      java.util.function.IntToDoubleFunction kgPerKWhOf, String regionCode, int datasetRows,
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
          return row(t, front.contains(t.id()), kgPerKWhOf.applyAsDouble(t.id()), rows,
              Optional.ofNullable(testScores.get(t.id())), regionCode);
        })
        .toList();
  }

  private static TrialRow row(TrialRecord t, boolean onFront, double kgPerKWh, int rows,
      Optional<TestScores> test, String regionCode) {
    Map<String, Object> configuration = new LinkedHashMap<>(t.configuration().values());
    configuration.remove(MeteredTrialEvaluator.FAMILY);
    String reason = t.succeeded() ? "" : t.failureReason();
    if (t.status() == TrialStatus.FAILED && reason.isBlank()) {
      reason = "failed without a stated reason";
    }
    if (t.metrics().isEmpty()) {
      return new TrialRow(t.id(), t.family(), configuration, t.rung(), t.fidelity(), rows,
          t.status(), reason, Optional.empty(), 0, false, Optional.empty(), Optional.empty());
    }
    TrialMetrics m = t.metrics().get();
    double siteKgPerKWh = siteKgPerKWh(m.site(), kgPerKWh);
    TrialRow.Figures figures = new TrialRow.Figures(m.validationAccuracy(), m.balancedAccuracy(),
        m.trainingJoules(), m.trainingKWh() * siteKgPerKWh, m.inferenceJoulesPerPrediction(),
        m.modelSizeBytes() < 0 ? OptionalLong.empty() : OptionalLong.of(m.modelSizeBytes()),
        m.folds(), m.accuracyStandardError());
    return new TrialRow(t.id(), t.family(), configuration, t.rung(), t.fidelity(),
        m.trainingRows(), t.status(), reason, Optional.of(figures), m.wallSeconds(), onFront, test,
        Optional.of(place(m, siteKgPerKWh, regionCode)));
  }

  /** kg CO2e per kWh where the trial ran: the search's, or its member's region and PUE. */
  private static double siteKgPerKWh(TrialSite site, double searchKgPerKWh) {
    if (site.isLocal()) {
      return searchKgPerKWh;
    }
    return new CarbonAccountant(CarbonRegions.bundled().lookup(site.region()),
        new Pue(site.pue(), "given by the member")).footprintOf(1.0).kgCO2e();
  }

  private static TrialPlace place(TrialMetrics m, double siteKgPerKWh, String regionCode) {
    TrialSite site = m.site();
    double kWh = m.trialJoules() / EnergyReading.JOULES_PER_KWH;
    double saved = site.isLocal() ? 0 : kWh * (site.regionBlindGramsPerKWh() - 1000 * siteKgPerKWh);
    double staticKWh = site.staticJoules() / EnergyReading.JOULES_PER_KWH;
    return new TrialPlace(site.member(), site.isLocal() ? regionCode : site.region(),
        m.energyMethod(), m.trialJoules(), (kWh + staticKWh) * siteKgPerKWh, saved,
        site.staticJoules());
  }
}
