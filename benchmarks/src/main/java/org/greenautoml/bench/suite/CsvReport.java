package org.greenautoml.bench.suite;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Every raw figure of a comparison run as CSV (RFC 4180): one row per dataset, seed and method.
 * Energies in kWh and g CO2e; NaN where a figure does not exist (no full-fidelity trial, no grid
 * target reached).
 */
final class CsvReport {

  static final List<String> HEADER = List.of(
      "dataset", "method", "seed", "budget_g_co2e", "spent_kwh", "spent_g_co2e", "wall_seconds",
      "trials", "top_fidelity_trials", "stop_reason", "energy_method", "best_test_accuracy",
      "best_training_kwh", "knee_test_accuracy", "grid_target_accuracy", "kwh_to_grid_target",
      "hypervolume", "grid_full_kwh_estimate");

  private CsvReport() {}

  static String of(SuiteResult result) {
    StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (RunFigures f : result.figures()) {
      MethodRun r = f.run();
      StringJoiner row = new StringJoiner(",");
      row.add(quote(r.dataset())).add(r.method().cliName()).add(Long.toString(r.seed()))
          .add(num(r.budgetKgCO2e() * 1000)).add(num(r.spentKWh())).add(num(f.gramsCO2e()))
          .add(num(r.wallSeconds())).add(Integer.toString(r.trials()))
          .add(Integer.toString(r.topTrials().size())).add(quote(r.stopReason()))
          .add(quote(r.energyMethod())).add(num(r.bestTestAccuracy()))
          .add(num(r.bestTrainingKWh())).add(num(r.kneeTestAccuracy()))
          .add(num(f.gridTargetAccuracy())).add(num(f.kWhToGridTarget()))
          .add(num(f.hypervolume())).add(num(f.gridFullKWh()));
      out.append(row).append('\n');
    }
    return out.toString();
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }

  static String quote(String text) {
    boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
  }
}
