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

  private static double mape(List<HeldOutValidation.Prediction> rows,
      ToDoubleFunction<HeldOutValidation.Prediction> error) {
    return rows.stream().mapToDouble(p -> Math.abs(error.applyAsDouble(p))).average().orElseThrow();
  }

  private static Map<String, List<HeldOutValidation.Prediction>> byProfile() {
    return byProfile(HELD_OUT);
  }

  private static Map<String, List<HeldOutValidation.Prediction>> byProfile(
      List<HeldOutValidation.Prediction> predictions) {
    Map<String, List<HeldOutValidation.Prediction>> out = new LinkedHashMap<>();
    for (HeldOutValidation.Prediction p : predictions) {
      out.computeIfAbsent(p.row().cpuModel() + " " + p.row().sweep(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  @Test
  void fit_eachMeasuredCpu_printsItsCurveAndTheDutyExponentIsAtLeastTheThreadsOne() {
    PROFILES.byCpu().forEach((cpu, rows) -> {
      LoadCurve c = LoadCurveFit.fit(rows.stream().map(MeasuredProfiles.Row::point).toList());
      System.out.printf("  %-30s idle %6.2f W  max %6.2f W  k %.2f  j %.2f%n", cpu, c.idleWatts(),
          c.maxWatts(), c.exponent(), c.dutyExponent());
      // LoadCurve#watts(u) takes threads flat out as the higher of the two patterns
      assertThat(c.dutyExponent()).as(cpu).isGreaterThanOrEqualTo(c.exponent());
    });
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

  /**
   * Every profile, the Intel Xeon E3-1240 v2's {@code some_cores} included: with utilisation alone
   * it was 33.8 % against CodeCarbon's 33.6 %, since that CPU draws up to 3.6x more power when a
   * few threads run flat out (29 W at 25 %) than when every thread runs at a low duty cycle (8 W at
   * 22 %); the curve's second exponent, in the duty cycle, tells the two apart.
   */
  @Test
  void crossStep_eachProfile_belowCodeCarbonsRecordedEstimate() {
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
    assertThat(worse).isEmpty();
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

  /**
   * A CPU without a sweep, leaving each CPU out: 37.7 % MAPE, which does <em>not</em> meet the
   * issue's 20 % (see {@link #crossMachine_evenKnowingTheCpusOwnIdleAndFullLoadPower_notWithin20Percent}
   * for why no scale can); the bound guards what is achieved.
   */
  @Test
  void crossMachine_cpuLeftOut_mapeAtMost38PercentAndItsBandHolds() {
    List<HeldOutValidation.Prediction> rows = HeldOutValidation.crossMachine(PROFILES);
    UncertaintyBand band = PowerCurveTable.bundled().classBand();
    double model = mape(rows, HeldOutValidation.Prediction::relativeError);
    byProfile(rows).forEach((profile, steps) -> System.out.printf(
        "  CPU left out, class curve x TDP: %-42s MAPE %5.1f %%  CodeCarbon %5.1f %%%n", profile,
        100 * mape(steps, HeldOutValidation.Prediction::relativeError),
        100 * mape(steps, HeldOutValidation.Prediction::codeCarbonRelativeError)));
    long inside = rows.stream()
        .filter(p -> Math.abs(p.relativeError()) <= band.relativeAt(p.row().utilisation()))
        .count();
    System.out.printf("unmeasured CPU (class curve x TDP, CPU left out): MAPE %.1f %%, %d of %d"
        + " inside %s%n", 100 * model, inside, rows.size(), band);
    assertThat(model).isLessThanOrEqualTo(0.38);
    assertThat((double) inside / rows.size()).isGreaterThanOrEqualTo(0.90);
    double bothExponents = mape(HeldOutValidation.crossMachine(PROFILES,
        MeasuredProfiles.Row::tdpWatts, true), HeldOutValidation.Prediction::relativeError);
    System.out.printf("  CPU left out, class curve with both exponents x TDP: MAPE %.1f %%%n",
        100 * bothExponents);
    assertThat(bothExponents).as("the duty exponent does not carry over between CPUs")
        .isGreaterThan(model);
  }

  /**
   * Other scales for the class curve, measured the same way (each CPU left out): hardware threads,
   * cores x base clock (dynamic power goes with switched capacitance x frequency), and, as a
   * bound on what any scale could do, the held-out CPU's own measured full-load power. Even that
   * bound is above 20 %: the CPUs' curves differ in shape (idle from 11 % to 38 % of full load,
   * exponents from 0.2 to 1.85), so no figure of one CPU scales another's curve onto it. Knowing
   * its own idle power as well does not bring it within 20 % either.
   */
  @Test
  void crossMachine_evenKnowingTheCpusOwnIdleAndFullLoadPower_notWithin20Percent() {
    Map<String, Double> full = new LinkedHashMap<>();
    PROFILES.byCpu().forEach((cpu, rows) -> full.put(cpu, rows.stream()
        .filter(r -> r.utilisation() >= 0.95).mapToDouble(MeasuredProfiles.Row::raplWatts)
        .average().orElseThrow()));
    Map<String, ToDoubleFunction<MeasuredProfiles.Row>> scales = new LinkedHashMap<>();
    scales.put("TDP", MeasuredProfiles.Row::tdpWatts);
    scales.put("threads", MeasuredProfiles.Row::threads);
    scales.put("cores x base GHz", r -> r.cores() * r.baseGhz());
    scales.put("own full-load power", r -> full.get(r.cpuModel()));
    Map<String, Double> mapes = new LinkedHashMap<>();
    scales.forEach((name, scale) -> {
      List<HeldOutValidation.Prediction> rows = HeldOutValidation.crossMachine(PROFILES, scale);
      mapes.put(name, mape(rows, HeldOutValidation.Prediction::relativeError));
      StringBuilder line = new StringBuilder(String.format("  CPU left out, class curve x %-20s"
          + " MAPE %5.1f %% |", name, 100 * mapes.get(name)));
      byProfile(rows).values().forEach(steps -> line.append(String.format(" %5.1f",
          100 * mape(steps, HeldOutValidation.Prediction::relativeError))));
      System.out.println(line);
    });
    double knownEnds = mape(HeldOutValidation.crossMachineKnownEnds(PROFILES),
        HeldOutValidation.Prediction::relativeError);
    System.out.printf("  CPU left out, own idle and full-load power, others' shape: MAPE %.1f %%%n",
        100 * knownEnds);
    assertThat(mapes.get("own full-load power")).isGreaterThan(0.20);
    assertThat(knownEnds).isGreaterThan(0.20);
    double nested = nestedChoiceOfScale(scales);
    System.out.printf("  CPU left out, scale chosen by leaving one out of the other three:"
        + " MAPE %.1f %%%n", 100 * nested);
    assertThat(nested).as("a scale that looks better on four CPUs is chosen by chance")
        .isGreaterThan(mapes.get("TDP"));
  }

  /**
   * Leave one CPU out, choose among TDP, threads and cores x base clock the scale with the lowest
   * leave-one-out MAPE on the other three, predict the one left out with it: the honest figure for
   * "pick the best-looking scale", since picking on the same four CPUs flatters the winner.
   */
  private static double nestedChoiceOfScale(Map<String, ToDoubleFunction<MeasuredProfiles.Row>> scales) {
    List<HeldOutValidation.Prediction> out = new ArrayList<>();
    for (String held : PROFILES.byCpu().keySet()) {
      MeasuredProfiles others = PROFILES.without(held);
      String best = null;
      double bestMape = Double.POSITIVE_INFINITY;
      for (String name : List.of("TDP", "threads", "cores x base GHz")) {
        double inner = mape(HeldOutValidation.crossMachine(others, scales.get(name)),
            HeldOutValidation.Prediction::relativeError);
        if (inner < bestMape) {
          bestMape = inner;
          best = name;
        }
      }
      HeldOutValidation.crossMachine(PROFILES, scales.get(best)).stream()
          .filter(p -> p.row().cpuModel().equals(held)).forEach(out::add);
    }
    return mape(out, HeldOutValidation.Prediction::relativeError);
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
