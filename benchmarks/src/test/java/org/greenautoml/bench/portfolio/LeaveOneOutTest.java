package org.greenautoml.bench.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.greenautoml.bench.suite.SuiteSettings;
import org.greenautoml.search.portfolio.GreedyPortfolio;
import org.greenautoml.search.portfolio.PerformanceMatrix;
import org.greenautoml.search.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class LeaveOneOutTest {

  static List<String> benchmarkDatasets() {
    return SuiteSettings.DEFAULT_DATASETS;
  }

  @ParameterizedTest
  @MethodSource("benchmarkDatasets")
  void without_benchmarkDataset_isLearnedFromEveryOtherStoredDataset(String dataset) {
    PerformanceMatrix matrix = LeaveOneOut.matrix();
    Portfolio portfolio = LeaveOneOut.without(dataset);

    assertThat(matrix.datasets()).contains(dataset);
    assertThat(portfolio.learnedFrom()).doesNotContain(dataset)
        .hasSize(matrix.datasets().size() - 1);
    assertThat(portfolio.configurations()).isNotEmpty().hasSizeLessThanOrEqualTo(LeaveOneOut.SIZE);
  }

  @Test
  void without_dataset_equalsSelectionOnTheMatrixWithoutItsColumn() {
    PerformanceMatrix matrix = LeaveOneOut.matrix();
    String held = matrix.datasets().get(0);
    List<String> rest = matrix.datasets().subList(1, matrix.datasets().size());
    double[][] accuracy = new double[matrix.candidates().size()][rest.size()];
    double[][] cpu = new double[matrix.candidates().size()][rest.size()];
    for (int c = 0; c < accuracy.length; c++) {
      for (int d = 0; d < rest.size(); d++) {
        accuracy[c][d] = matrix.accuracy(c, d + 1);
        cpu[c][d] = matrix.cpuSeconds(c, d + 1);
      }
    }
    PerformanceMatrix withoutColumn =
        PerformanceMatrix.of(matrix.candidates(), rest, accuracy, cpu);

    assertThat(LeaveOneOut.without(held))
        .isEqualTo(GreedyPortfolio.select(withoutColumn, LeaveOneOut.SIZE, Set.of()));
  }
}
