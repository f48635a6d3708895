package org.greenautoml.search.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

final class GreedyPortfolioTest {

  private static final List<String> DATASETS = List.of("a", "b", "c", "d");

  private static Configuration candidate(int i) {
    return Configuration.of(Map.of("family", "f", "x", i));
  }

  private static List<Configuration> candidates(int n) {
    List<Configuration> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(candidate(i));
    }
    return list;
  }

  private static double[][] zeros(int rows, int columns) {
    return new double[rows][columns];
  }

  @Test
  void select_candidateBestOnlyOnHeldOutDataset_isNotPicked() {
    // candidate 2 is the best on d alone; on a, b, c it is the worst
    double[][] accuracy = {
        {0.90, 0.80, 0.70, 0.50},
        {0.85, 0.85, 0.75, 0.50},
        {0.50, 0.50, 0.50, 0.99}};
    PerformanceMatrix matrix = PerformanceMatrix.of(candidates(3), DATASETS, accuracy, zeros(3, 4));

    Portfolio withD = GreedyPortfolio.select(matrix, 3, Set.of());
    Portfolio withoutD = GreedyPortfolio.select(matrix, 3, Set.of("d"));

    assertThat(withD.configurations()).contains(candidate(2));
    assertThat(withoutD.configurations()).doesNotContain(candidate(2));
    assertThat(withoutD.learnedFrom()).containsExactly("a", "b", "c");
  }

  @RepeatedTest(20)
  void select_heldOutColumnChanged_givesTheSamePortfolio(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(42 + repetition.getCurrentRepetition());
    int n = 12;
    double[][] accuracy = new double[n][4];
    double[][] cpu = new double[n][4];
    for (int c = 0; c < n; c++) {
      for (int d = 0; d < 4; d++) {
        accuracy[c][d] = random.nextDouble();
        cpu[c][d] = random.nextDouble(10);
      }
    }
    Portfolio before = GreedyPortfolio.select(
        PerformanceMatrix.of(candidates(n), DATASETS, accuracy, cpu), 5, Set.of("b"));
    for (int c = 0; c < n; c++) {
      accuracy[c][1] = random.nextBoolean() ? Double.NaN : random.nextDouble();
      cpu[c][1] = random.nextDouble(1000);
    }
    Portfolio after = GreedyPortfolio.select(
        PerformanceMatrix.of(candidates(n), DATASETS, accuracy, cpu), 5, Set.of("b"));

    assertThat(after).isEqualTo(before);
  }

  @Test
  void select_greedyOrder_maximisesMeanBestSoFar() {
    // 0 is best on average; 1 complements it on c and d; 2 adds nothing after both
    double[][] accuracy = {
        {1.0, 1.0, 0.5, 0.5},
        {0.0, 0.0, 1.0, 1.0},
        {0.5, 0.5, 0.6, 0.6},
        {0.0, 0.0, 0.0, 0.0}};
    PerformanceMatrix matrix = PerformanceMatrix.of(candidates(4), DATASETS, accuracy, zeros(4, 4));

    Portfolio portfolio = GreedyPortfolio.select(matrix, 4, Set.of());

    assertThat(portfolio.configurations()).containsExactly(candidate(0), candidate(1));
  }

  @Test
  void select_equalGain_prefersTheCheaperCandidate() {
    double[][] accuracy = {{0.9, 0.9, 0.9, 0.9}, {0.9, 0.9, 0.9, 0.9}, {0.1, 0.1, 0.1, 0.1}};
    double[][] cpu = {{5, 5, 5, 5}, {1, 1, 1, 1}, {0, 0, 0, 0}};
    PerformanceMatrix matrix = PerformanceMatrix.of(candidates(3), DATASETS, accuracy, cpu);

    assertThat(GreedyPortfolio.select(matrix, 1, Set.of()).configurations())
        .containsExactly(candidate(1));
  }

  @Test
  void select_everyDatasetHeldOut_throws() {
    PerformanceMatrix matrix =
        PerformanceMatrix.of(candidates(1), List.of("a"), new double[][] {{0.5}}, zeros(1, 1));

    assertThatThrownBy(() -> GreedyPortfolio.select(matrix, 2, Set.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one dataset");
  }

  @Test
  void of_accuracyAboveOne_throws() {
    assertThatThrownBy(() -> PerformanceMatrix.of(candidates(1), List.of("a"),
            new double[][] {{1.5}}, zeros(1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accuracy must be NaN or in [0, 1.0], found 1.5");
  }
}
