package org.greenautoml;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.search.execute.StopReason;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.trial.TrialMetrics;

/** Results and trials with fixed figures, for tests of what reads a {@link SearchResult}. */
public final class FixedResults {

  /** The kg CO2e per kWh of {@link #provenance()}: 400 g/kWh, PUE 1. */
  public static final double KG_PER_KWH = 0.4;

  private FixedResults() {}

  /** A succeeded full-fidelity xgboost trial with these figures. */
  public static TrialRecord trial(int id, double accuracy, double kWh, double joulesPerPrediction) {
    double joules = kWh * 3.6e6;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("family", "xgboost");
    values.put("max_depth", id);
    TrialMetrics metrics = new TrialMetrics(100, 100, accuracy, accuracy, joules, 1.0,
        joulesPerPrediction * 100, 1000, 1.0, joules + joulesPerPrediction * 100, "RAPL", 0.1, 0);
    return new TrialRecord(id, "xgboost", Configuration.of(values), 3, 1.0, TrialStatus.SUCCEEDED,
        Optional.of(metrics), kWh * KG_PER_KWH, "", Optional.empty());
  }

  /** Fixed provenance: seed 42, iris.csv, RAPL, 400 g CO2e/kWh, PUE 1. */
  public static Provenance provenance() {
    return new Provenance(42, "iris.csv", "sha256:ab12", 150, 4, 3, "asha",
        List.of("VALIDATION_ERROR", "TRAINING_ENERGY"), EnergyMethod.RAPL, "package-0", OptionalDouble.of(0.1),
        new CarbonIntensity("XX", "Testland", 400, 400, 400, "fixed", 2024), new Pue(1.0, "default"),
        Map.of("greenautoml", "test", "tribuo", "4.3.2", "java", "17", "os", "Linux"),
        Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:05Z"),
        Optional.empty());
  }

  /** A result of {@code trials} whose front is {@code front}, without models. */
  public static SearchResult of(List<TrialRecord> trials, List<TrialRecord> front) {
    double kWh = trials.stream().mapToDouble(TrialRecord::costKgCO2e).sum() / KG_PER_KWH;
    return SearchResult.builder(trials, front, 1.0, StopReason.BUDGET,
            BudgetStatement.of(0.01, kWh * KG_PER_KWH, kWh, 0, new MachineCharges(0, 0, false)),
            provenance())
        .gridConfigurations(Map.of("xgboost", 729L))
        .build();
  }
}
