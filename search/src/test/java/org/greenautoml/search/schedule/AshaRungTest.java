package org.greenautoml.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.greenautoml.search.pareto.Objective;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.pareto.Objectives;
import org.greenautoml.search.pareto.ParetoRanking;
import org.greenautoml.search.pareto.TieBreak;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class AshaRungTest {

  static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (TieBreak tieBreak : TieBreak.values()) {
      for (int m = 2; m <= 3; m++) {
        for (long seed = 1; seed <= 25; seed++) {
          cases.add(new Object[] {tieBreak, m, seed});
        }
      }
    }
    return cases;
  }

  /**
   * Random arrivals (duplicates and ties included) interleaved with promote calls, eta 2 to 4: the
   * incremental rung promotes exactly what re-ranking the whole rung with {@code
   * ParetoRanking.rank} promotes, call by call.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void promote_interleavedArrivals_equalsFullReRankOracle(TieBreak tieBreak, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + m);
    Promotion promotion = new Promotion(objectives(m, random), tieBreak);
    int rungIndex = random.nextInt(3);
    AshaRung rung = new AshaRung(rungIndex, promotion, seed, java.util.Optional.empty());
    ReRankingRung oracle = new ReRankingRung(rungIndex, promotion, seed);
    List<ObjectiveVector> seen = new ArrayList<>();
    int grid = 2 + random.nextInt(8);
    int promotions = 0;
    for (int id = 0; id < 300; id++) {
      TrialOutcome outcome = outcome(id, vector(m, grid, seen, random));
      rung.add(outcome);
      oracle.add(outcome);
      for (int calls = random.nextInt(3); calls > 0; calls--) {
        int eta = 2 + random.nextInt(3);
        TrialOutcome expected = oracle.promote(eta);

        TrialOutcome actual = rung.promote(eta);

        assertThat(actual).as("promotion with eta %d after %d arrivals", eta, id + 1)
            .isSameAs(expected);
        promotions += actual == null ? 0 : 1;
      }
    }
    assertThat(promotions).as("promotions made").isGreaterThan(50);
  }

  /** The rung before it kept its fronts incrementally: re-ranks everything after any arrival. */
  private static final class ReRankingRung {
    private final int index;
    private final Promotion promotion;
    private final long seed;
    private final List<TrialOutcome> arrivals = new ArrayList<>();
    private final List<TrialOutcome> promoted = new ArrayList<>();
    private List<TrialOutcome> ranked = List.of();
    private boolean dirty;

    ReRankingRung(int index, Promotion promotion, long seed) {
      this.index = index;
      this.promotion = promotion;
      this.seed = seed;
    }

    void add(TrialOutcome outcome) {
      arrivals.add(outcome);
      dirty = true;
    }

    TrialOutcome promote(int eta) {
      if (dirty) {
        ranked = ParetoRanking.rank(arrivals, o -> o.objectives().orElseThrow(),
            promotion.objectives(), promotion.tieBreak(), RungRanker.rungSeed(seed, 0, index));
        dirty = false;
      }
      for (TrialOutcome candidate : ranked.subList(0, ranked.size() / eta)) {
        if (promoted.stream().noneMatch(p -> p == candidate)) {
          promoted.add(candidate);
          return candidate;
        }
      }
      return null;
    }
  }

  private static Objectives objectives(int m, SplittableRandom random) {
    Objective[] list = new Objective[m];
    for (int k = 0; k < m; k++) {
      list[k] = random.nextBoolean() ? Objective.maximize("o" + k) : Objective.minimize("o" + k);
    }
    return Objectives.of(list);
  }

  /** Uniform values, small-grid values (ties), or a repeat of an earlier vector. */
  private static ObjectiveVector vector(int m, int grid, List<ObjectiveVector> seen,
      SplittableRandom random) {
    int kind = random.nextInt(4);
    if (kind == 0 && !seen.isEmpty()) {
      return seen.get(random.nextInt(seen.size()));
    }
    double[] values = new double[m];
    for (int k = 0; k < m; k++) {
      values[k] = kind == 1 ? random.nextDouble() : random.nextInt(grid) / (double) grid;
    }
    ObjectiveVector v = ObjectiveVector.of(values);
    seen.add(v);
    return v;
  }

  private static TrialOutcome outcome(int id, ObjectiveVector objectives) {
    Trial trial = new Trial(id, Configuration.of(Map.of("id", id)), 0, 1.0 / 27, 0);
    return TrialOutcome.succeeded(trial, objectives, 0.001);
  }
}
