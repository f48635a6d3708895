package org.greenautoml.energy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The power model's goals (issue 19), on RAPL measurements it was not fitted on: four CPUs' published
 * sweeps (CodeCarbon {@code cpu_load_profiling}, 86 steps), each step predicted by a curve fitted on
 * the other steps of the same CPU ({@link HeldOutValidation#crossStep}). The figures are printed;
 * {@code docs/power-model.md} quotes them.
 */
final class PowerModelAccuracyTest {

  private static final MeasuredProfiles PROFILES = MeasuredProfiles.bundled();
  private static final List<HeldOutValidation.Prediction> HELD_OUT =
      HeldOutValidation.crossStep(PROFILES);
  private static final UncertaintyBand BAND = PowerCurveTable.bundled().measuredBand();

  /**
   * The one profile where the model does not beat CodeCarbon, and why: on this CPU the same
   * utilisation draws up to 3.6x more power when a few threads run flat out (some_cores, 29 W at
   * 25 %) than when every thread runs at a low duty cycle and the governor keeps 1.6 GHz (all_cores,
   * 8 W at 22 %); no curve of utilisation alone can be within 57 % of both, so the fit to both
   * sweeps splits the difference. CodeCarbon's TDP x load happens to sit near the some_cores sweep.
   */
  private static final String EXCEPTION = "Intel Xeon E3-1240 v2 some_cores";

  private static double mape(List<HeldOutValidation.Prediction> rows,
      ToDoubleFunction<HeldOutValidation.Prediction> error) {
    return rows.stream().mapToDouble(p -> Math.abs(error.applyAsDouble(p))).average().orElseThrow();
  }

  private static Map<String, List<HeldOutValidation.Prediction>> byProfile() {
    Map<String, List<HeldOutValidation.Prediction>> out = new LinkedHashMap<>();
    for (HeldOutValidation.Prediction p : HELD_OUT) {
      out.computeIfAbsent(p.row().cpuModel() + " " + p.row().sweep(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  @Test
  void crossStep_bundledProfiles_predictsEveryStepOnceFromACurveThatNeverSawIt() {
    assertThat(HELD_OUT).hasSize(86);
    assertThat(HELD_OUT.stream().map(HeldOutValidation.Prediction::row).distinct()).hasSize(86);
  }

  @Test
  void crossStep_heldOutSteps_mapeAtMost20PercentAndBelowCodeCarbon() {
    double model = mape(HELD_OUT, HeldOutValidation.Prediction::relativeError);
    double codeCarbon = mape(HELD_OUT, HeldOutValidation.Prediction::codeCarbonRelativeError);
    System.out.printf("held-out MAPE %.1f %% over %d steps; CodeCarbon %.1f %%%n", 100 * model,
        HELD_OUT.size(), 100 * codeCarbon);
    assertThat(model).isLessThanOrEqualTo(0.20).isLessThan(codeCarbon);
  }

  @Test
  void crossStep_eachProfile_belowCodeCarbonExceptTheDocumentedOne() {
    List<String> worse = new ArrayList<>();
    byProfile().forEach((profile, rows) -> {
      double model = mape(rows, HeldOutValidation.Prediction::relativeError);
      double codeCarbon = mape(rows, HeldOutValidation.Prediction::codeCarbonRelativeError);
      System.out.printf("  %-42s MAPE %5.1f %%  CodeCarbon %5.1f %%%n", profile, 100 * model,
          100 * codeCarbon);
      if (model >= codeCarbon) {
        worse.add(profile);
      }
    });
    assertThat(worse).containsExactly(EXCEPTION);
  }

  @Test
  void crossStep_idleSteps_within30Percent() {
    List<HeldOutValidation.Prediction> idle =
        HELD_OUT.stream().filter(p -> p.row().utilisation() <= 0.10).toList();
    double error = mape(idle, HeldOutValidation.Prediction::relativeError);
    System.out.printf("idle (0-10 %% load) MAPE %.1f %% over %d steps%n", 100 * error, idle.size());
    assertThat(idle).hasSizeGreaterThanOrEqualTo(8);
    assertThat(error).isLessThanOrEqualTo(0.30);
  }

  @Test
  void measuredBand_heldOutSteps_holdsAtLeast90PercentWithMedianWidthAtMost35Percent() {
    long inside = HELD_OUT.stream()
        .filter(p -> Math.abs(p.relativeError()) <= BAND.relativeAt(p.row().utilisation()))
        .count();
    double[] widths =
        HELD_OUT.stream().mapToDouble(p -> BAND.relativeAt(p.row().utilisation())).toArray();
    double median = UncertaintyBand.quantile(widths, 0.5);
    System.out.printf("band %s: %d of %d inside (%.0f %%), median half-width %.0f %%%n", BAND,
        inside, HELD_OUT.size(), 100.0 * inside / HELD_OUT.size(), 100 * median);
    assertThat((double) inside / HELD_OUT.size()).isGreaterThanOrEqualTo(0.90);
    assertThat(median).isLessThanOrEqualTo(0.35);
    assertThat(BAND.low()).isGreaterThan(BAND.high());
  }

  @Test
  void crossMachine_cpuLeftOut_statesItsErrorAndItsBandHolds() {
    List<HeldOutValidation.Prediction> rows = HeldOutValidation.crossMachine(PROFILES);
    UncertaintyBand band = PowerCurveTable.bundled().classBand();
    double model = mape(rows, HeldOutValidation.Prediction::relativeError);
    long inside = rows.stream()
        .filter(p -> Math.abs(p.relativeError()) <= band.relativeAt(p.row().utilisation()))
        .count();
    System.out.printf("unmeasured CPU (class curve x TDP, CPU left out): MAPE %.1f %%, %d of %d"
        + " inside %s%n", 100 * model, inside, rows.size(), band);
    assertThat(model).isLessThan(0.40);
    assertThat((double) inside / rows.size()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void codeCarbonsCurrentCubicFormula_sameSteps_isWorseThanTheHeldOutModelOnEveryProfile() {
    // CodeCarbon since its CPU-load mode changed (codecarbon/external/hardware.py,
    // _get_power_from_cpu_load): TDP x (0.1 + 0.9 u^3); the recorded column predates it
    Map<String, List<HeldOutValidation.Prediction>> profiles = byProfile();
    profiles.forEach((profile, rows) -> {
      double cubic = rows.stream().mapToDouble(p -> Math.abs(p.row().tdpWatts()
          * (0.1 + 0.9 * Math.pow(p.row().utilisation(), 3)) - p.row().raplWatts())
          / p.row().raplWatts()).average().orElseThrow();
      double model = mape(rows, HeldOutValidation.Prediction::relativeError);
      System.out.printf("  %-42s MAPE %5.1f %%  CodeCarbon TDP x (0.1 + 0.9 u^3) %5.1f %%%n",
          profile, 100 * model, 100 * cubic);
      assertThat(model).as(profile).isLessThan(cubic);
    });
  }

  @Test
  void tdpTimesLoad_sameSteps_isTheModelThisReplaces() {
    double old = PROFILES.rows().stream()
        .mapToDouble(r -> Math.abs(r.tdpWatts() * r.utilisation() - r.raplWatts()) / r.raplWatts())
        .average().orElseThrow();
    System.out.printf("TDP x load (the old model) MAPE %.1f %%%n", 100 * old);
    assertThat(old).isGreaterThan(0.40);
  }
}
