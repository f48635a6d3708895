package org.greenautoml.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.greenautoml.TestScores;
import java.util.Random;
import org.greenautoml.BudgetStatement;
import org.greenautoml.Provenance;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.search.execute.StopReason;
import org.greenautoml.search.schedule.TrialStatus;

/**
 * Realistic synthetic run reports for tests: trials across five families and four rungs of an
 * eta = 3 ladder, with energy and accuracy that behave like real ones (bigger models cost more,
 * more data is more accurate, k-NN is cheap to train and dear to query), a few failures, and the
 * front computed by brute force over the top rung.
 */
public final class SyntheticReports {

  static final String[] FAMILIES = {"xgboost", "logistic_regression", "cart", "random_forest", "knn"};
  private static final double[] TRAIN_KWH = {6e-5, 2e-6, 1e-6, 3e-5, 3e-7};
  private static final double[] ACCURACY = {0.968, 0.955, 0.925, 0.962, 0.935};
  private static final double[] INFER_J = {2e-5, 8e-7, 4e-7, 6e-5, 3e-4};
  private static final int[] RUNG_SIZES = {16, 10, 6, 8};
  private static final double GRAMS_PER_KWH = 436.0 * 1.2;

  private SyntheticReports() {}

  /** A run of 40 trials (16, 10, 6 and 8 per rung) drawn with {@code seed}. */
  public static RunReport run(long seed) {
    Random random = new Random(seed);
    List<TrialRow> trials = new ArrayList<>();
    int id = 0;
    for (int rung = 0; rung < RUNG_SIZES.length; rung++) {
      for (int k = 0; k < RUNG_SIZES[rung]; k++) {
        trials.add(trial(id++, rung, random));
      }
    }
    return withFront(trials, provenance("breast-cancer-wisconsin.csv"), List.of());
  }

  /** The report of {@code trials} with the front (non-dominated top-rung trials) flagged. */
  public static RunReport withFront(List<TrialRow> trials, Provenance provenance,
      List<RegionEmission> regions) {
    int top = trials.stream().mapToInt(TrialRow::rung).max().orElse(0);
    List<TrialRow> flagged = new ArrayList<>();
    List<Integer> front = new ArrayList<>();
    for (TrialRow t : trials) {
      boolean on = t.succeeded() && t.rung() == top
          && trials.stream().noneMatch(o -> o.succeeded() && o.rung() == top && dominates(o, t));
      flagged.add(copy(t, on));
      if (on) {
        front.add(t.id());
      }
    }
    double kwh = trials.stream().flatMap(t -> t.figures().stream())
        .mapToDouble(TrialRow.Figures::trainingKWh).sum() * 1.05;
    double kg = kwh * GRAMS_PER_KWH / 1000;
    double budgetKg = Math.ceil(kg * 1.4e6) / 1e6;
    if (regions.isEmpty()) {
      regions = regions(kwh);
    }
    BudgetStatement budget =
        new BudgetStatement(budgetKg, kg, kwh, kwh * 0.05 / 1.05, Optional.empty());
    return new RunReport(RunReport.SCHEMA_VERSION, provenance, budget, StopReason.SPACE_EXHAUSTED,
        new GridSearchEstimate(OptionalDouble.of(kwh * 27.5), 1200), flagged, front, regions,
        Optional.empty());
  }

  static Provenance provenance(String dataset) {
    return new Provenance(42L, dataset, "sha256:3f1c9a0b", 569, 30, 2, "asha",
        List.of("validation_error", "training_kwh", "inference_j_per_prediction"),
        EnergyMethod.POWER_MODEL,
        "CPU TDP 65 W x utilisation + RAM 0.3725 W/GB (Green Algorithms)", OptionalDouble.of(0.4),
        ProvenanceJson.intensity("WORLD", "World", 436.0, "Ember via Our World in Data", 2023),
        new Pue(1.2, "default"),
        Map.of("greenautoml", "0.1.0-SNAPSHOT", "tribuo", "4.3.2", "java", "17.0.12", "os", "Linux"),
        Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:03:04.500Z"),
        Optional.empty());
  }

  /** What {@code kWh} at PUE 1.2 emits in four regions, low- and high-carbon. */
  static List<RegionEmission> regions(double kWh) {
    String source = "Ember via Our World in Data";
    return List.of(
        new RegionEmission("SE", "Sweden", kWh * 1.2 * 41, source, 2023),
        new RegionEmission("FR", "France", kWh * 1.2 * 56, source, 2023),
        new RegionEmission("PL", "Poland", kWh * 1.2 * 662, source, 2023),
        new RegionEmission("IN", "India", kWh * 1.2 * 713, source, 2023));
  }

  private static TrialRow trial(int id, int rung, Random random) {
    int f = random.nextInt(FAMILIES.length);
    double fidelity = Math.pow(3, rung - 3);
    int rows = (int) Math.round(455 * fidelity);
    Map<String, Object> config = configuration(f, random);
    double roll = random.nextDouble();
    if (rung < 3 && roll < 0.04) {
      return failed(id, FAMILIES[f], config, rung, fidelity, rows,
          "training diverged: loss is NaN after 12 epochs", 0.4 + random.nextDouble());
    }
    double noise = Math.exp(random.nextGaussian() * 0.5);
    double joules = TRAIN_KWH[f] * fidelity * noise * 3.6e6;
    double kwh = joules / 3.6e6;
    double acc = clamp(ACCURACY[f] - 0.07 * (1 - fidelity) + random.nextGaussian() * 0.012);
    double infer = INFER_J[f] * Math.exp(random.nextGaussian() * 0.3);
    return succeeded(id, FAMILIES[f], config, rung, fidelity, rows, new TrialRow.Figures(acc,
        clamp(acc - 0.01 * random.nextDouble()), joules, kwh * GRAMS_PER_KWH / 1000, infer,
        OptionalLong.of(2_000 + random.nextInt(400_000)), fidelity == 1.0 ? 5 : 1,
        fidelity == 1.0 ? 0.01 : 0.0), 0.05 + joules / 30, false,
        Optional.empty());
  }

  private static Map<String, Object> configuration(int family, Random random) {
    Map<String, Object> c = new LinkedHashMap<>();
    switch (family) {
      case 0 -> {
        c.put("max_depth", 2 + random.nextInt(9));
        c.put("eta", round(Math.pow(10, -2 + 1.5 * random.nextDouble())));
        c.put("n_estimators", 50 + random.nextInt(450));
      }
      case 1 -> {
        c.put("l2", round(Math.pow(10, -5 + 4 * random.nextDouble())));
        c.put("optimiser", random.nextBoolean() ? "adagrad" : "sgd");
      }
      case 2 -> {
        c.put("max_depth", 2 + random.nextInt(18));
        c.put("impurity", random.nextBoolean() ? "gini" : "entropy");
      }
      case 3 -> {
        c.put("trees", 10 + random.nextInt(190));
        c.put("fraction_features", round(0.2 + 0.8 * random.nextDouble()));
        c.put("bootstrap", random.nextBoolean());
      }
      default -> {
        c.put("k", 1 + random.nextInt(30));
        c.put("distance", random.nextBoolean() ? "l2" : "cosine");
      }
    }
    return c;
  }

  private static boolean dominates(TrialRow x, TrialRow y) {
    TrialRow.Figures a = x.figures().orElseThrow();
    TrialRow.Figures b = y.figures().orElseThrow();
    boolean noWorse = a.validationAccuracy() >= b.validationAccuracy()
        && a.trainingKWh() <= b.trainingKWh()
        && a.inferenceJoulesPerPrediction() <= b.inferenceJoulesPerPrediction();
    boolean better = a.validationAccuracy() > b.validationAccuracy()
        || a.trainingKWh() < b.trainingKWh()
        || a.inferenceJoulesPerPrediction() < b.inferenceJoulesPerPrediction();
    return noWorse && better;
  }

  /** {@code t} with its front flag set to {@code onFront}. */
  public static TrialRow copy(TrialRow t, boolean onFront) {
    return t.onFront(onFront);
  }

  /** A succeeded trial with {@code figures}, its place unknown. */
  static TrialRow succeeded(int id, String family, Map<String, Object> configuration, int rung,
      double fidelity, int rows, TrialRow.Figures figures, double wallSeconds, boolean onFront,
      Optional<TestScores> scores) {
    return new TrialRow(id, family, configuration, rung, fidelity, rows, TrialStatus.SUCCEEDED,
        "", Optional.of(figures), wallSeconds, onFront, scores, Optional.empty());
  }

  /** A failed trial, without figures, its place unknown. */
  static TrialRow failed(int id, String family, Map<String, Object> configuration, int rung,
      double fidelity, int rows, String reason, double wallSeconds) {
    return new TrialRow(id, family, configuration, rung, fidelity, rows, TrialStatus.FAILED,
        reason, Optional.empty(), wallSeconds, false, Optional.empty(), Optional.empty());
  }

  /** {@code t} under another family, configuration and failure reason, not on the front. */
  static TrialRow renamed(TrialRow t, String family, Map<String, Object> configuration,
      String reason) {
    return new TrialRow(t.id(), family, configuration, t.rung(), t.fidelity(), t.trainingRows(),
        t.status(), reason, t.figures(), t.wallSeconds(), false, Optional.empty(), t.place());
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }
}
