package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How well the power model predicts measurements it was not fitted on: the source of the
 * uncertainty bands ({@link UncertaintyBand}) and of the accuracy test.
 *
 * <p><b>Measured CPU</b> ({@link #crossStep}): for each CPU, two folds. Fold 0 fits a curve on the
 * odd steps of the {@code all_cores} sweep and the even steps of the {@code some_cores} sweep and
 * predicts the others; fold 1 the reverse. Every row is predicted once, by a curve that never saw
 * it, and every fit holds the idle step of one sweep (a published sweep or a calibration always
 * measures idle). Each row is predicted at its own load pattern ({@link MeasuredProfiles.Row#duty}),
 * as the meter predicts a thread at its measured duty. This is what a per-model curve is for: the
 * same CPU at loads and load patterns the fit did not see.
 *
 * <p><b>Unmeasured CPU</b> ({@link #crossMachine}): leave one CPU out. The class curve, in units of
 * TDP, is fitted on the other CPUs of the same vendor (all others when the vendor has none) and
 * scaled by the held-out CPU's TDP: what the model does for a CPU it has no sweep for.
 * Stateless; thread-safe.
 */
final class HeldOutValidation {

  /**
   * One held-out prediction.
   *
   * @param row the measured step
   * @param predictedWatts the model's prediction, W
   */
  record Prediction(MeasuredProfiles.Row row, double predictedWatts) {
    public Prediction {
      requireNonNull(row, "row");
    }

    /** Signed relative error {@code (predicted - measured) / measured}. */
    public double relativeError() {
      return (predictedWatts - row.raplWatts()) / row.raplWatts();
    }

    /** CodeCarbon's signed relative error on the same row. */
    public double codeCarbonRelativeError() {
      return (row.codeCarbonWatts() - row.raplWatts()) / row.raplWatts();
    }
  }

  private HeldOutValidation() {}

  /** Held-out predictions for CPUs with a sweep; see the class comment. */
  public static List<Prediction> crossStep(MeasuredProfiles profiles) {
    List<Prediction> out = new ArrayList<>();
    for (List<MeasuredProfiles.Row> cpu : profiles.byCpu().values()) {
      for (int fold = 0; fold < 2; fold++) {
        List<LoadPoint> train = new ArrayList<>();
        List<MeasuredProfiles.Row> test = new ArrayList<>();
        for (MeasuredProfiles.Row r : cpu) {
          if (foldOf(r) == fold) {
            test.add(r);
          } else {
            train.add(r.point());
          }
        }
        LoadCurve curve = LoadCurveFit.fit(train);
        test.forEach(r -> out.add(new Prediction(r, curve.watts(r.utilisation(), r.duty()))));
      }
    }
    return out;
  }

  /** Held-out predictions for a CPU without a sweep (class curve × TDP); see the class comment. */
  public static List<Prediction> crossMachine(MeasuredProfiles profiles) {
    return crossMachine(profiles, MeasuredProfiles.Row::tdpWatts);
  }

  /**
   * Held-out predictions for a CPU without a sweep, the class curve in units of {@code scale} (TDP
   * in the product; other predictors of a CPU's power are measured against it in {@code
   * PowerModelAccuracyTest}).
   */
  static List<Prediction> crossMachine(MeasuredProfiles profiles, ToDoubleFunction<MeasuredProfiles.Row> scale) {
    return crossMachine(profiles, scale, false);
  }

  /**
   * As {@link #crossMachine(MeasuredProfiles, ToDoubleFunction)}, with the class curve fitted with
   * both exponents when {@code bothExponents} (to measure that it does not carry over).
   */
  static List<Prediction> crossMachine(MeasuredProfiles profiles,
      ToDoubleFunction<MeasuredProfiles.Row> scale, boolean bothExponents) {
    List<Prediction> out = new ArrayList<>();
    Map<String, List<MeasuredProfiles.Row>> byCpu = profiles.byCpu();
    for (Map.Entry<String, List<MeasuredProfiles.Row>> held : byCpu.entrySet()) {
      String vendor = held.getValue().get(0).vendor();
      LoadCurve perUnit = classCurve(profiles, vendor, held.getKey(), scale, bothExponents);
      for (MeasuredProfiles.Row r : held.getValue()) {
        out.add(new Prediction(r, perUnit.scaled(scale.applyAsDouble(r)).watts(r.utilisation(), r.duty())));
      }
    }
    return out;
  }

  /**
   * A bound on any scale: each CPU left out, its own measured idle power (mean of the idle steps)
   * and full-load power (mean of the steps at 95 % load and above), with the shape (exponent) of
   * the class curve fitted on the others. What is left is the error of the shape alone.
   */
  static List<Prediction> crossMachineKnownEnds(MeasuredProfiles profiles) {
    List<Prediction> out = new ArrayList<>();
    for (Map.Entry<String, List<MeasuredProfiles.Row>> held : profiles.byCpu().entrySet()) {
      List<MeasuredProfiles.Row> rows = held.getValue();
      double idle = rows.stream().filter(r -> r.step() == 0)
          .mapToDouble(MeasuredProfiles.Row::raplWatts).average().orElseThrow();
      double full = rows.stream().filter(r -> r.utilisation() >= 0.95)
          .mapToDouble(MeasuredProfiles.Row::raplWatts).average().orElseThrow();
      double k = classCurve(profiles, rows.get(0).vendor(), held.getKey()).exponent();
      LoadCurve curve = new LoadCurve(idle, Math.max(idle, full), k);
      rows.forEach(r -> out.add(new Prediction(r, curve.watts(r.utilisation(), r.duty()))));
    }
    return out;
  }

  /**
   * The class curve in units of TDP for {@code vendor}, fitted on that vendor's CPUs other than
   * {@code excludedModel} (every other CPU when the vendor has none left). One-dimensional ({@link
   * LoadCurveFit#fitUtilisationOnly}): how power splits between load patterns differs too much
   * between CPUs to carry over (leaving one CPU out, the two-exponent class curve is worse: see
   * {@code docs/power-model.md}).
   */
  static LoadCurve classCurve(MeasuredProfiles profiles, String vendor, String excludedModel) {
    return classCurve(profiles, vendor, excludedModel, MeasuredProfiles.Row::tdpWatts, false);
  }

  private static LoadCurve classCurve(MeasuredProfiles profiles, String vendor, String excludedModel,
      ToDoubleFunction<MeasuredProfiles.Row> scale, boolean bothExponents) {
    List<LoadPoint> same = new ArrayList<>();
    List<LoadPoint> all = new ArrayList<>();
    for (MeasuredProfiles.Row r : profiles.rows()) {
      if (r.cpuModel().equals(excludedModel)) {
        continue;
      }
      LoadPoint p = new LoadPoint(r.utilisation(), r.duty(), r.raplWatts() / scale.applyAsDouble(r));
      all.add(p);
      if (r.vendor().equalsIgnoreCase(vendor)) {
        same.add(p);
      }
    }
    List<LoadPoint> points = same.size() >= 3 ? same : all;
    return bothExponents ? LoadCurveFit.fit(points) : LoadCurveFit.fitUtilisationOnly(points);
  }

  private static int foldOf(MeasuredProfiles.Row r) {
    int offset = r.sweep().equals("all_cores") ? 1 : 0;
    return (r.step() + offset) % 2;
  }
}
