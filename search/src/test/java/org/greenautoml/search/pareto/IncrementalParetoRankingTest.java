package org.greenautoml.search.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class IncrementalParetoRankingTest {

  static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (TieBreak tieBreak : TieBreak.values()) {
      for (PointGenerators.Kind kind : PointGenerators.Kind.values()) {
        for (int m = 1; m <= 3; m++) {
          for (long seed = 1; seed <= 5; seed++) {
            cases.add(new Object[] {tieBreak, kind, m, seed});
          }
        }
      }
    }
    return cases;
  }

  /** After every arrival the ranking equals ParetoRanking.rank of all items, same seed. */
  @ParameterizedTest
  @MethodSource("cases")
  void ranking_afterEveryArrival_equalsFullRank(
      TieBreak tieBreak, PointGenerators.Kind kind, int m, long seed) {
    Objectives objectives = mixedDirections(m);
    List<ObjectiveVector> items = vectors(kind, 120, m, seed);
    IncrementalParetoRanking ranking = new IncrementalParetoRanking(objectives, tieBreak, seed);
    for (int i = 0; i < items.size(); i++) {
      assertThat(ranking.add(items.get(i))).isEqualTo(i);

      List<Integer> expected =
          ParetoRanking.rank(indices(i + 1), items::get, objectives, tieBreak, seed);
      assertThat(ranking.ranking()).as("ranking after %d items", i + 1)
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Interleaved arrivals and takes: each take is the first untaken item of a full re-rank. */
  @ParameterizedTest
  @MethodSource("cases")
  void takeBest_interleavedWithArrivals_equalsFirstUntakenOfFullRank(
      TieBreak tieBreak, PointGenerators.Kind kind, int m, long seed) {
    Objectives objectives = mixedDirections(m);
    List<ObjectiveVector> items = vectors(kind, 150, m, seed);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    IncrementalParetoRanking ranking = new IncrementalParetoRanking(objectives, tieBreak, seed);
    boolean[] taken = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      ranking.add(items.get(i));
      for (int t = random.nextInt(3); t > 0; t--) {
        int limit = random.nextInt(i + 2);
        List<Integer> full =
            ParetoRanking.rank(indices(i + 1), items::get, objectives, tieBreak, seed);
        OptionalInt expected = full.subList(0, limit).stream().filter(k -> !taken[k])
            .mapToInt(Integer::intValue).findFirst();

        OptionalInt actual = ranking.takeBest(limit);

        assertThat(actual).as("take within %d after %d items", limit, i + 1).isEqualTo(expected);
        expected.ifPresent(k -> taken[k] = true);
      }
    }
    for (int i = 0; i < items.size(); i++) {
      assertThat(ranking.isTaken(i)).isEqualTo(taken[i]);
    }
  }

  @Test
  void takeBest_negativeLimit_rejected() {
    IncrementalParetoRanking ranking = new IncrementalParetoRanking(mixedDirections(2),
        TieBreak.CROWDING_DISTANCE, 1);

    assertThatThrownBy(() -> ranking.takeBest(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be >= 0, found -1");
  }

  @Test
  void add_wrongSize_rejectedAndNotCounted() {
    IncrementalParetoRanking ranking = new IncrementalParetoRanking(mixedDirections(2),
        TieBreak.EPSILON_NET, 1);

    assertThatThrownBy(() -> ranking.add(ObjectiveVector.of(1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 2 values");
    assertThat(ranking.size()).isZero();
  }

  private static Objectives mixedDirections(int m) {
    Objective[] list = new Objective[m];
    for (int k = 0; k < m; k++) {
      list[k] = k % 2 == 0 ? Objective.maximize("o" + k) : Objective.minimize("o" + k);
    }
    return Objectives.of(list);
  }

  private static List<ObjectiveVector> vectors(PointGenerators.Kind kind, int n, int m, long seed) {
    return PointGenerators.generate(kind, n, m, seed).stream().map(ObjectiveVector::new).toList();
  }

  private static List<Integer> indices(int n) {
    Integer[] out = new Integer[n];
    Arrays.setAll(out, i -> i);
    return List.of(out);
  }
}
