package org.greenautoml.select;


/** A cost that a selection may cap, with its unit. */
public enum Cap {
  /** Training energy, in kWh (metered, before PUE). */
  TRAINING_KWH("training energy", "kWh"),
  /** Training emissions, in g CO2e (PUE and the region's intensity included). */
  TRAINING_G_CO2E("training emissions", "g CO2e"),
  /** Inference energy per prediction, in J. */
  INFERENCE_J_PER_PREDICTION("inference energy", "J per prediction");

  private final String label;
  private final String unit;

  Cap(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** What is capped, in words. */
  public String label() {
    return label;
  }

  /** The unit of the cap. */
  public String unit() {
    return unit;
  }

  /** The trial's cost in this cap's unit. */
  double of(Candidate trial) {
    return switch (this) {
      case TRAINING_KWH -> trial.trainingKWh();
      case TRAINING_G_CO2E -> trial.trainingGramsCO2e();
      case INFERENCE_J_PER_PREDICTION -> trial.inferenceJoulesPerPrediction();
    };
  }
}
