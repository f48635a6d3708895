package org.greenautoml.report;

import org.greenautoml.SchedulerKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.greenautoml.family.Families;
import org.junit.jupiter.api.Test;

final class GridSearchEstimateTest {

  @Test
  void of_fullLowAndNoFidelity_extrapolatesLinearlyAndFallsBackToTheMean() {
    Map<String, Long> grid = new LinkedHashMap<>();
    grid.put("a", 10L);
    grid.put("b", 4L);
    grid.put("c", 2L);
    List<TrialRow> trials = List.of(
        succeeded(0, "a", 1.0, 2e-6), succeeded(1, "a", 1.0, 4e-6),
        succeeded(2, "a", 1.0 / 3, 9e-6), // only the top fidelity of a counts
        succeeded(3, "b", 1.0 / 3, 1e-6), failed(4, "c"));
    double training = 2e-6 + 4e-6 + 9e-6 + 1e-6;

    GridSearchEstimate estimate = GridSearchEstimate.of(grid, trials, 2 * training);

    double a = 3e-6;
    double b = 3e-6;
    double c = (a + b) / 2;
    assertThat(estimate.configurations()).isEqualTo(16);
    assertThat(estimate.kWh().getAsDouble()).isCloseTo(2 * (10 * a + 4 * b + 2 * c), within(1e-15));
  }

  @Test
  void of_noSucceededTrial_isEmpty() {
    GridSearchEstimate estimate = GridSearchEstimate.of(Map.of("a", 3L), List.of(failed(0, "a")), 1);
    assertThat(estimate.kWh()).isEmpty();
    assertThat(estimate.configurations()).isEqualTo(3);
  }

  @Test
  void gridSize_cart_isTheSizeOfItsGrid() {
    var space = Families.byName("cart").space();
    assertThat(GridSearchEstimate.gridSize(space))
        .isEqualTo(space.grid(SchedulerKind.GRID_POINTS_PER_PARAMETER).size());
  }

  private static TrialRow succeeded(int id, String family, double fidelity, double kWh) {
    return SyntheticReports.succeeded(id, family, Map.of(), 0, fidelity, 10,
        new TrialRow.Figures(0.9, 0.9, kWh * 3.6e6, kWh * 0.4, 1e-6, OptionalLong.of(100), 1, 0), 0.1,
        false, Optional.empty());
  }

  private static TrialRow failed(int id, String family) {
    return SyntheticReports.failed(id, family, Map.of(), 0, 1.0, 10, "boom", 0);
  }
}
