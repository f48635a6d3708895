package org.greenautoml.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code trials.csv}: one row per trial, {@code trial_id} first, units in the column names,
 * the configuration as one JSON object column. RFC 4180 (CRLF, fields with commas, quotes or line
 * breaks quoted, quotes doubled); unknown figures are empty cells.
 */
final class TrialsCsv {

  /** The header, in column order. */
  static final List<String> HEADER = List.of(
      "trial_id", "on_front", "family", "status", "failure_reason", "rung", "fidelity",
      "training_rows", "validation_accuracy", "balanced_accuracy", "training_j", "training_kwh",
      "training_kg_co2e", "training_g_co2e", "inference_j_per_prediction", "model_size_bytes",
      "wall_s", "test_accuracy", "test_balanced_accuracy", "member", "region", "energy_method",
      "trial_j", "trial_kg_co2e", "configuration");

  private final ReportJsonWriter json;

  TrialsCsv(ReportJsonWriter json) {
    this.json = json;
  }

  void write(RunReport report, Appendable out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (TrialRow trial : report.trials()) {
        printer.printRecord(row(trial));
      }
    }
  }

  private List<String> row(TrialRow t) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(Integer.toString(t.id()));
    cells.add(Boolean.toString(t.onFront()));
    cells.add(t.family());
    cells.add(t.status().name());
    cells.add(t.failureReason());
    cells.add(Integer.toString(t.rung()));
    cells.add(number(t.fidelity()));
    cells.add(Integer.toString(t.trainingRows()));
    cells.add(number(t.validationAccuracy()));
    cells.add(number(t.balancedAccuracy()));
    cells.add(number(t.trainingJoules()));
    cells.add(number(t.trainingKWh()));
    cells.add(number(t.trainingKgCO2e()));
    cells.add(number(t.trainingGramsCO2e()));
    cells.add(number(t.inferenceJoulesPerPrediction()));
    cells.add(t.modelSizeBytes() < 0 ? "" : Long.toString(t.modelSizeBytes()));
    cells.add(number(t.wallSeconds()));
    cells.add(t.testScores().map(s -> number(s.accuracy())).orElse(""));
    cells.add(t.testScores().map(s -> number(s.balancedAccuracy())).orElse(""));
    cells.add(t.place().member());
    cells.add(t.place().region());
    cells.add(t.place().energyMethod());
    cells.add(t.place().isKnown() ? number(t.place().trialJoules()) : "");
    cells.add(t.place().isKnown() ? number(t.place().kgCO2e()) : "");
    cells.add(json.configuration(t.configuration()).toString());
    return cells;
  }

  /** Shortest round-tripping decimal ({@link Double#toString}); NaN is an empty cell. */
  private static String number(double value) {
    return Double.isNaN(value) ? "" : Double.toString(value);
  }
}
