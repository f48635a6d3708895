package org.greenautoml.search.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.search.space.Configuration;
import org.junit.jupiter.api.Test;

final class PortfolioJsonTest {

  private static Configuration config(String family, double c, int k) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("family", family);
    values.put("c", c);
    values.put("k", k);
    return Configuration.of(values);
  }

  @Test
  void readPortfolio_written_roundTrips() {
    Portfolio portfolio =
        new Portfolio(List.of(config("linear", 0.1, 3), config("knn", 1e-7, 64)), List.of("x", "y"));

    assertThat(PortfolioJson.readPortfolio(PortfolioJson.write(portfolio))).isEqualTo(portfolio);
  }

  @Test
  void readMatrix_written_roundTripsWithFailedCells() {
    PerformanceMatrix matrix = PerformanceMatrix.of(
        List.of(config("linear", 0.1, 3), config("knn", 0.25, 5)), List.of("x", "y"),
        new double[][] {{0.5, Double.NaN}, {0.125, 1.0}}, new double[][] {{1.5, Double.NaN}, {0, 2}});

    PerformanceMatrix read = PortfolioJson.readMatrix(PortfolioJson.write(matrix));

    assertThat(read.candidates()).isEqualTo(matrix.candidates());
    assertThat(read.datasets()).isEqualTo(matrix.datasets());
    assertThat(read.accuracy(0, 1)).isNaN();
    assertThat(read.accuracy(1, 0)).isEqualTo(0.125);
    assertThat(read.cpuSeconds(1, 1)).isEqualTo(2.0);
  }

  @Test
  void readPortfolio_missingField_namesIt() {
    assertThatThrownBy(() -> PortfolioJson.readPortfolio("{\"learnedFrom\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'configurations' must be an array");
  }
}
