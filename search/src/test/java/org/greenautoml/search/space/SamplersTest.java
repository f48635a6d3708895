package org.greenautoml.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SamplersTest {

  private static final ParameterSpace SPACE =
      ParameterSpace.of(
          IntParameter.uniform("depth", 1, 12, 6),
          DoubleParameter.log("eta", 1e-3, 1.0, 0.1),
          CategoricalParameter.of("criterion", "gini", "entropy"));

  @Test
  void grid_threePointsPerParameter_enumeratesTheProductOnceThenStops() {
    Sampler grid = Samplers.grid(SPACE, 3);
    List<Configuration> seen = drain(grid, 100);
    assertThat(seen).hasSize(3 * 3 * 2).doesNotHaveDuplicates().isEqualTo(SPACE.grid(3));
    assertThat(grid.next()).isEmpty();
  }

  @Test
  void grid_zeroPoints_isRejected() {
    assertThatThrownBy(() -> Samplers.grid(SPACE, 0))
        .hasMessage("points per parameter must be at least 1, found 0");
  }

  @Test
  void random_sameSeed_givesSameSequence_otherSeedDiffers() {
    assertThat(drain(Samplers.random(SPACE, 7), 50)).isEqualTo(drain(Samplers.random(SPACE, 7), 50));
    assertThat(drain(Samplers.random(SPACE, 7), 50)).isNotEqualTo(drain(Samplers.random(SPACE, 8), 50));
  }

  @Test
  void sobol_sameSeed_givesSameSequenceOfValidConfigurations() {
    List<Configuration> a = drain(Samplers.sobol(SPACE, 3), 64);
    assertThat(a).isEqualTo(drain(Samplers.sobol(SPACE, 3), 64));
    a.forEach(c -> assertThat(SPACE.validate(c)).isEqualTo(c));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 17, 40})
  void sobol_first64Points_stratifyEveryCoordinateInto64Cells(int dimension) {
    SobolSequence sequence = new SobolSequence(SobolSequence.MAX_DIMENSIONS, 11);
    boolean[] hit = new boolean[64];
    for (int n = 0; n < 64; n++) {
      double x = sequence.next()[dimension];
      int cell = (int) Math.floor(x * 64);
      assertThat(hit[cell]).as("cell %d hit twice", cell).isFalse();
      hit[cell] = true;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void sobol_firstTwoDimensions_formA0m2Net(int a) {
    int m = 6;
    SobolSequence sequence = new SobolSequence(2, 5);
    int[][] counts = new int[1 << a][1 << (m - a)];
    for (int n = 0; n < (1 << m); n++) {
      double[] p = sequence.next();
      counts[(int) (p[0] * (1 << a))][(int) (p[1] * (1 << (m - a)))]++;
    }
    for (int[] row : counts) {
      assertThat(row).containsOnly(1);
    }
  }

  @Test
  void sobol_tooManyDimensions_isRejected() {
    assertThatThrownBy(() -> new SobolSequence(42, 1))
        .hasMessage("Sobol dimensions must be in [1, 41], found 42");
  }

  @Test
  void sobol_conditionalSpace_reachesEveryBranch() {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    branches.put("tree", SPACE);
    branches.put("linear", ParameterSpace.of(DoubleParameter.log("l2", 1e-6, 1e2, 1e-3)));
    branches.put("knn", ParameterSpace.of(IntParameter.uniform("k", 1, 50, 5)));
    List<Configuration> drawn = drain(Samplers.sobol(new ConditionalSpace("family", branches), 1), 6);
    assertThat(drawn).extracting(c -> c.getString("family")).contains("tree", "linear", "knn");
  }

  private static List<Configuration> drain(Sampler sampler, int limit) {
    List<Configuration> out = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      Optional<Configuration> next = sampler.next();
      if (next.isEmpty()) {
        break;
      }
      out.add(next.get());
    }
    return out;
  }
}
