package org.greenautoml.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.greenautoml.FixedResults;
import org.greenautoml.SearchResult;
import org.greenautoml.TrialRecord;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ModelSelectorTest {

  private static final Comparator<TrialRecord> PREFERENCE =
      Comparator.comparingDouble(ModelSelectorTest::accuracy).reversed()
          .thenComparingDouble(ModelSelectorTest::kWh).thenComparingInt(TrialRecord::id);

  // ---- knee ------------------------------------------------------------------------------

  @Test
  void knee_convexFront_picksTheBend() {
    // error falls fast then slowly as energy grows by decades: the bend is at 1e-5 kWh
    List<TrialRecord> front = List.of(row(1, 0.80, 1e-7), row(2, 0.93, 1e-6), row(3, 0.96, 1e-5),
        row(4, 0.965, 1e-4), row(5, 0.967, 1e-3));
    Selection s = selector(front).knee();
    assertThat(s.chosen()).map(TrialRecord::id).contains(2);
    assertThat(((Selection.Chosen) s).why()).contains("knee of 5 candidates")
        .contains("#5 (most accurate)").contains("#1 (cheapest)");
  }

  @Test
  void knee_onePoint_isThatPoint() {
    Selection s = selector(List.of(row(7, 0.9, 1e-6))).knee();
    assertThat(s.chosen()).map(TrialRecord::id).contains(7);
    assertThat(((Selection.Chosen) s).why()).startsWith("the only candidate");
  }

  @Test
  void knee_twoPoints_isTheMoreAccurate() {
    Selection s = selector(List.of(row(1, 0.9, 1e-6), row(2, 0.95, 1e-4))).knee();
    assertThat(s.chosen()).map(TrialRecord::id).contains(2);
  }

  @Test
  void knee_pointBestOnBoth_isChosen() {
    Selection s = selector(List.of(row(1, 0.9, 1e-5), row(2, 0.97, 1e-6),
        row(3, 0.95, 1e-4))).knee();
    assertThat(s.chosen()).map(TrialRecord::id).contains(2);
    assertThat(((Selection.Chosen) s).why()).contains("both the most accurate and the cheapest");
  }

  @Test
  void knee_emptyFront_saysSo() {
    Selection s = selector(List.of()).knee();
    assertThat(s).isInstanceOf(Selection.NoneSatisfies.class);
    assertThat(((Selection.NoneSatisfies) s).message()).contains("no candidates");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void knee_randomFronts_matchesBruteForceAndIgnoresOrderAndScale(long seed) {
    List<TrialRecord> front = randomFront(new Random(seed), 1 + (int) (seed % 9));
    TrialRecord knee = selector(front).knee().chosen().orElseThrow();
    assertThat(knee).isEqualTo(bruteForceKnee(front));

    List<TrialRecord> shuffled = new ArrayList<>(front);
    Collections.shuffle(shuffled, new Random(seed + 100));
    assertThat(selector(shuffled).knee().chosen()).contains(knee);

    List<TrialRecord> tenfold = front.stream().map(t -> row(t.id(), accuracy(t),
        kWh(t) * 10)).toList();
    assertThat(selector(tenfold).knee().chosen()).map(TrialRecord::id).contains(knee.id());
  }

  @Test
  void knee_resultFront_isOnTheFront() {
    List<TrialRecord> front = randomFront(new Random(11), 8);
    List<TrialRecord> trials = new ArrayList<>(front);
    trials.add(row(20, 0.5, 1e-3));
    SearchResult result = FixedResults.of(trials, front);
    TrialRecord knee = ModelSelector.front(result).knee().chosen().orElseThrow();
    assertThat(front).contains(knee);
    assertThat(ModelSelector.front(result).candidates()).isEqualTo(front);
  }

  // ---- best under a cap ------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Cap.class)
  void bestUnder_randomCandidatesAndLimits_matchesBruteForce(Cap cap) {
    Random random = new Random(cap.ordinal() + 1);
    for (int round = 0; round < 200; round++) {
      List<TrialRecord> candidates = randomFront(random, 1 + random.nextInt(12));
      double limit = cost(cap, candidates.get(random.nextInt(candidates.size())))
          * Math.exp(random.nextGaussian());
      Selection s = selector(candidates).bestUnder(cap, limit);
      Optional<TrialRecord> oracle = candidates.stream()
          .sorted(PREFERENCE.thenComparingDouble(costOf(cap)))
          .filter(t -> cost(cap, t) <= limit).findFirst();
      // among equal accuracy the oracle prefers lower kWh; the selector lower capped cost: make
      // the oracle agree by re-sorting ties on the capped cost
      oracle = oracle.map(best -> candidates.stream()
          .filter(t -> cost(cap, t) <= limit && accuracy(t) == accuracy(best))
          .min(Comparator.comparingDouble(costOf(cap)).thenComparing(PREFERENCE)).orElseThrow());
      assertThat(s.chosen()).as("round %d", round).isEqualTo(oracle);
      if (oracle.isEmpty()) {
        List<TrialRecord> nearest = ((Selection.NoneSatisfies) s).nearest();
        assertThat(nearest).hasSize(Math.min(ModelSelector.NEAREST, candidates.size()));
        double lowest = candidates.stream().mapToDouble(costOf(cap)).min().orElseThrow();
        assertThat(cost(cap, nearest.get(0))).isEqualTo(lowest);
      }
    }
  }

  @Test
  void bestUnder_nothingCheapEnough_saysSoAndListsCheapest() {
    List<TrialRecord> front = List.of(row(1, 0.9, 2e-6), row(2, 0.95, 1e-5), row(3, 0.97, 1e-4),
        row(4, 0.98, 1e-3));
    Selection s = selector(front).bestUnder(Cap.TRAINING_KWH, 1e-6);
    assertThat(s).isInstanceOf(Selection.NoneSatisfies.class);
    Selection.NoneSatisfies none = (Selection.NoneSatisfies) s;
    assertThat(none.message()).contains("no candidate has training energy <= 1.0E-6 kWh")
        .contains("#1");
    assertThat(none.nearest()).extracting(TrialRecord::id).containsExactly(1, 2, 3);
  }

  @Test
  void bestUnder_gramsCap_comparesGrams() {
    TrialRecord a = row(1, 0.9, 1e-6);
    TrialRecord b = row(2, 0.95, 1e-4);
    double gramsOfB = cost(Cap.TRAINING_G_CO2E, b);
    assertThat(selector(List.of(a, b)).bestUnder(Cap.TRAINING_G_CO2E, gramsOfB).chosen())
        .contains(b);
    assertThat(selector(List.of(a, b)).bestUnder(Cap.TRAINING_G_CO2E, gramsOfB * 0.99)
        .chosen()).contains(a);
  }

  @Test
  void bestUnder_negativeLimit_isRefused() {
    assertThatThrownBy(() -> selector(List.of()).bestUnder(Cap.TRAINING_KWH, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("training energy limit must be finite and >= 0, found -1.0");
  }

  // ---- cheapest within a loss ------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void cheapestWithin_randomFronts_matchesBruteForce(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 100; round++) {
      List<TrialRecord> candidates = randomFront(random, 1 + random.nextInt(12));
      double loss = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 8;
      double best = candidates.stream().mapToDouble(ModelSelectorTest::accuracy).max().orElseThrow();
      TrialRecord oracle = null;
      for (TrialRecord t : candidates) {
        boolean within = 100 * (best - accuracy(t)) <= loss + 1e-9;
        if (within && (oracle == null || kWh(t) < kWh(oracle)
            || (kWh(t) == kWh(oracle) && PREFERENCE.compare(t, oracle) < 0))) {
          oracle = t;
        }
      }
      assertThat(selector(candidates).cheapestWithin(loss).chosen())
          .as("round %d loss %s", round, loss).contains(oracle);
    }
  }

  @Test
  void cheapestWithin_onePoint_allowsEqualLossDespiteRounding() {
    // 0.95 - 0.94 is 0.010000000000000009 in binary: one point must still admit it
    List<TrialRecord> front = List.of(row(1, 0.95, 1e-4), row(2, 0.94, 1e-6), row(3, 0.90, 1e-7));
    assertThat(selector(front).cheapestWithin(1.0).chosen()).map(TrialRecord::id).contains(2);
    assertThat(selector(front).cheapestWithin(0.0).chosen()).map(TrialRecord::id).contains(1);
  }

  @Test
  void cheapestWithin_lossOutOfRange_isRefused() {
    assertThatThrownBy(() -> selector(List.of()).cheapestWithin(-0.5))
        .hasMessage("accuracy loss must be in [0, 100] percentage points, found -0.5");
  }

  @Test
  void of_failedTrial_isRefused() {
    TrialRecord failed = new TrialRecord(9, "cart", Configuration.of(Map.of("family", "cart")), 0,
        1, TrialStatus.FAILED, Optional.empty(), 0, "boom", Optional.empty());
    assertThatThrownBy(() -> selector(List.of(failed)))
        .hasMessage("candidates must be SUCCEEDED trials, found trial 9 FAILED");
  }

  // ---- oracles and generators ------------------------------------------------------------

  /**
   * Brute force: for every candidate, its Euclidean distance to the line through the extremes,
   * signed by whether it lies on the same side as the ideal point, computed with a unit normal.
   */
  private static TrialRecord bruteForceKnee(List<TrialRecord> front) {
    double minE = Double.MAX_VALUE, maxE = -Double.MAX_VALUE, minC = Double.MAX_VALUE, maxC = -Double.MAX_VALUE;
    for (TrialRecord t : front) {
      minE = Math.min(minE, 1 - accuracy(t));
      maxE = Math.max(maxE, 1 - accuracy(t));
      minC = Math.min(minC, Math.log10(kWh(t)));
      maxC = Math.max(maxC, Math.log10(kWh(t)));
    }
    final double e0 = minE, eSpan = maxE - minE, c0 = minC, cSpan = maxC - minC;
    java.util.function.Function<TrialRecord, double[]> at = t -> new double[] {
        eSpan > 0 ? (1 - accuracy(t) - e0) / eSpan : 0,
        cSpan > 0 ? (Math.log10(kWh(t)) - c0) / cSpan : 0};
    TrialRecord a = front.stream().min(PREFERENCE).orElseThrow();
    TrialRecord b = front.stream().min(Comparator.comparingDouble((TrialRecord t) -> at.apply(t)[1])
        .thenComparing(PREFERENCE)).orElseThrow();
    double[] pa = at.apply(a);
    double[] pb = at.apply(b);
    double[] normal = {-(pb[1] - pa[1]), pb[0] - pa[0]};
    double length = Math.hypot(normal[0], normal[1]);
    TrialRecord best = null;
    double bestD = 0;
    for (TrialRecord t : front.stream().sorted(PREFERENCE).toList()) {
      double d = 0;
      if (length > 0) {
        double towardIdeal = normal[0] * (0 - pa[0]) + normal[1] * (0 - pa[1]);
        double[] p = at.apply(t);
        d = Math.signum(towardIdeal) * (normal[0] * (p[0] - pa[0]) + normal[1] * (p[1] - pa[1])) / length;
      }
      if (best == null || d > bestD + 1e-12) {
        best = t;
        bestD = d;
      }
    }
    return best;
  }

  /** A random front-like set: accuracy on a coarse grid (ties happen), kWh over five decades. */
  private static List<TrialRecord> randomFront(Random random, int n) {
    List<TrialRecord> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double kwh = Math.pow(10, -7 + random.nextInt(21) / 4.0);
      rows.add(row(i, 0.7 + random.nextInt(30) / 100.0, kwh));
    }
    return rows;
  }

  private static TrialRecord row(int id, double accuracy, double kWh) {
    return FixedResults.trial(id, accuracy, kWh, 1e-6 * (1 + id % 5));
  }

  private static ModelSelector selector(List<TrialRecord> candidates) {
    return ModelSelector.of(candidates, FixedResults.KG_PER_KWH);
  }

  private static double accuracy(TrialRecord t) {
    return t.validationAccuracy().orElseThrow();
  }

  private static double kWh(TrialRecord t) {
    return t.metrics().orElseThrow().trainingKWh();
  }

  /** The oracle's cost of {@code t} under {@code cap}, from the trial's metrics. */
  private static double cost(Cap cap, TrialRecord t) {
    return switch (cap) {
      case TRAINING_KWH -> kWh(t);
      case TRAINING_G_CO2E -> kWh(t) * FixedResults.KG_PER_KWH * 1000;
      case INFERENCE_J_PER_PREDICTION -> t.metrics().orElseThrow().inferenceJoulesPerPrediction();
    };
  }

  private static ToDoubleFunction<TrialRecord> costOf(Cap cap) {
    return t -> cost(cap, t);
  }
}
