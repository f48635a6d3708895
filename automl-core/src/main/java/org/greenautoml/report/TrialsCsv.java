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
      "training_rows", "validation_accuracy", "balanced_accuracy", "validation_folds",
      "validation_accuracy_standard_error", "training_j", "training_kwh",
      "training_kg_co2e", "training_g_co2e", "inference_j_per_prediction", "model_size_bytes",
      "wall_s", "test_accuracy", "test_balanced_accuracy", "member", "region", "energy_method",
      "trial_j", "trial_kg_co2e", "configuration");

  /** The columns added after {@link #HEADER} when the search had an intensity series. */
  static final List<String> TIMING_HEADER =
      List.of("started_at", "ended_at", "intensity_g_per_kwh");

  private final ReportJsonWriter json;

  TrialsCsv(ReportJsonWriter json) {
    this.json = json;
  }

  void write(RunReport report, Appendable out) throws IOException {
    List<String> header = new ArrayList<>(HEADER);
    report.timing().ifPresent(t -> header.addAll(TIMING_HEADER));
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (TrialRow trial : report.trials()) {
        List<String> cells = row(trial);
        report.timing().ifPresent(t -> {
          TimingReport.TrialTiming timing = t.trials().get(trial.id());
          cells.add(timing == null ? "" : timing.startedAt().toString());
          cells.add(timing == null ? "" : timing.endedAt().toString());
          cells.add(timing == null ? "" : number(timing.gramsPerKWh()));
        });
        printer.printRecord(cells);
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
    t.figures().ifPresentOrElse(f -> cells.addAll(List.of(number(f.validationAccuracy()),
            number(f.balancedAccuracy()), Integer.toString(f.validationFolds()),
            number(f.validationStandardError()), number(f.trainingJoules()),
            number(f.trainingKWh()),
            number(f.trainingKgCO2e()), number(f.trainingGramsCO2e()),
            number(f.inferenceJoulesPerPrediction()),
            f.modelSizeBytes().isPresent() ? Long.toString(f.modelSizeBytes().getAsLong()) : "")),
        () -> cells.addAll(java.util.Collections.nCopies(FIGURE_COLUMNS, "")));
    cells.add(number(t.wallSeconds()));
    cells.add(t.testScores().map(s -> number(s.accuracy())).orElse(""));
    cells.add(t.testScores().map(s -> number(s.balancedAccuracy())).orElse(""));
    cells.add(t.place().map(TrialPlace::member).orElse(""));
    cells.add(t.place().map(TrialPlace::region).orElse(""));
    cells.add(t.place().map(TrialPlace::energyMethod).orElse(""));
    cells.add(t.place().map(p -> number(p.trialJoules())).orElse(""));
    cells.add(t.place().map(p -> number(p.kgCO2e())).orElse(""));
    cells.add(json.configuration(t.configuration()).toString());
    return cells;
  }

  /** The columns of a trial's figures, empty for a trial that did not succeed. */
  private static final int FIGURE_COLUMNS = 10;

  /** Shortest round-tripping decimal ({@link Double#toString}). */
  private static String number(double value) {
    return Double.toString(value);
  }
}
