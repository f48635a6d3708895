package org.greenautoml.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class SearchSpaceTest {

  private static final ParameterSpace TREES =
      ParameterSpace.of(
          IntParameter.uniform("depth", 1, 12, 6),
          DoubleParameter.log("eta", 1e-3, 1.0, 0.1),
          CategoricalParameter.of("criterion", "gini", "entropy"),
          new BooleanParameter("bootstrap", true));

  private static ConditionalSpace families() {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    branches.put("tree", TREES);
    branches.put("linear", ParameterSpace.of(DoubleParameter.log("l2", 1e-6, 1e2, 1e-3)));
    return new ConditionalSpace("family", branches);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void fromUnit_randomPoints_giveValidConfigurationsInsideEveryRange(long seed) {
    Random random = new Random(seed);
    ConditionalSpace space = families();
    for (int i = 0; i < 500; i++) {
      double[] point = random.doubles(space.dimensions()).toArray();
      Configuration configuration = space.fromUnit(point);
      assertThat(space.validate(configuration)).isEqualTo(configuration);
    }
  }

  @Test
  void fromUnit_endsOfTheCube_reachTheEndsOfEachRange() {
    Configuration low = TREES.fromUnit(new double[] {0, 0, 0, 0});
    Configuration high = TREES.fromUnit(new double[] {1, 1, 1, 1});
    assertThat(low.getInt("depth")).isEqualTo(1);
    assertThat(high.getInt("depth")).isEqualTo(12);
    assertThat(low.getDouble("eta")).isEqualTo(1e-3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(high.getDouble("eta")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(low.getString("criterion")).isEqualTo("gini");
    assertThat(high.getString("criterion")).isEqualTo("entropy");
    assertThat(low.getBoolean("bootstrap")).isFalse();
  }

  @Test
  void grid_flatSpace_isTheCartesianProductOfParameterGrids() {
    assertThat(TREES.grid(3)).hasSize(3 * 3 * 2 * 2).doesNotHaveDuplicates();
    assertThat(families().grid(3)).hasSize(36 + 3);
  }

  @Test
  void defaults_conditionalSpace_giveOneDefaultPerBranchWithItsChoice() {
    assertThat(families().defaults())
        .extracting(c -> c.getString("family"))
        .containsExactly("tree", "linear");
    assertThat(families().defaults().get(0).getInt("depth")).isEqualTo(6);
  }

  @Test
  void validate_valueOutsideRange_namesParameterAndRange() {
    Configuration bad = TREES.defaults().get(0).with("depth", 40);
    assertThatThrownBy(() -> TREES.validate(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be in [1, 12], found 40");
  }

  @Test
  void validate_unknownBranch_listsTheChoices() {
    Configuration bad = Configuration.of(Map.of("family", "svm"));
    assertThatThrownBy(() -> families().validate(bad))
        .hasMessage("family must be one of [tree, linear], found svm");
  }

  @Test
  void constructor_defaultOutsideRange_isRejected() {
    assertThatThrownBy(() -> IntParameter.uniform("k", 1, 5, 9))
        .hasMessage("default of k must be in [1, 5], found 9");
    assertThatThrownBy(() -> DoubleParameter.log("c", 0, 1, 0.5))
        .hasMessage("min of log-scaled c must be positive, found 0.0");
  }
}
