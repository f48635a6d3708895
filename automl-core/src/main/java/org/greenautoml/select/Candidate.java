package org.greenautoml.select;

import org.greenautoml.TrialRecord;
import org.greenautoml.trial.TrialMetrics;

/**
 * A succeeded trial with the figures selection compares, read once from its metrics.
 *
 * @param trial the trial
 * @param trainingGramsCO2e its training emissions: training kWh times the run's kg CO2e per kWh
 */
record Candidate(TrialRecord trial, double trainingGramsCO2e) {

  /** The candidate of {@code trial}, which must have succeeded, in a run of {@code kgPerKWh}. */
  static Candidate of(TrialRecord trial, double kgCO2ePerKWh) {
    if (!trial.succeeded()) {
      throw new IllegalArgumentException(
          "candidates must be SUCCEEDED trials, found trial " + trial.id() + " " + trial.status());
    }
    return new Candidate(trial, metrics(trial).trainingKWh() * kgCO2ePerKWh * 1000);
  }

  private static TrialMetrics metrics(TrialRecord trial) {
    return trial.metrics().orElseThrow();
  }

  int id() {
    return trial.id();
  }

  String family() {
    return trial.family();
  }

  double validationAccuracy() {
    return metrics(trial).validationAccuracy();
  }

  double balancedAccuracy() {
    return metrics(trial).balancedAccuracy();
  }

  double trainingKWh() {
    return metrics(trial).trainingKWh();
  }

  double inferenceJoulesPerPrediction() {
    return metrics(trial).inferenceJoulesPerPrediction();
  }
}
