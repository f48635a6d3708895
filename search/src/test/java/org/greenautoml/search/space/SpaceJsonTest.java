package org.greenautoml.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SpaceJsonTest {

  private static ConditionalSpace space() {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    branches.put("tree", ParameterSpace.of(
        IntParameter.log("depth", 1, 64, 8),
        DoubleParameter.uniform("frac", 0.1, 1.0, 0.7),
        CategoricalParameter.of("criterion", "gini", "entropy"),
        new BooleanParameter("bootstrap", true)));
    branches.put("linear", ParameterSpace.of(DoubleParameter.log("l2", 1e-6, 1e2, 1e-3)));
    return new ConditionalSpace("family", branches);
  }

  @Test
  void write_thenRead_givesAnEquivalentSpace() {
    ConditionalSpace original = space();
    SearchSpace copy = SpaceJson.read(SpaceJson.write(original));
    assertThat(SpaceJson.write(copy)).isEqualTo(SpaceJson.write(original));
    assertThat(copy.grid(3)).isEqualTo(original.grid(3));
    assertThat(copy.defaults()).isEqualTo(original.defaults());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void configuration_roundTrip_isExactForRandomConfigurations(long seed) {
    Sampler sampler = Samplers.random(space(), seed);
    for (int i = 0; i < 200; i++) {
      Configuration c = sampler.next().orElseThrow();
      Configuration back = SpaceJson.readConfiguration(SpaceJson.toJson(c).toString());
      assertThat(back).isEqualTo(c);
      assertThat(back.values().keySet()).containsExactlyElementsOf(c.values().keySet());
    }
  }

  @Test
  void read_missingField_namesThePointer() {
    String json = "{\"type\":\"parameters\",\"parameters\":[{\"type\":\"int\",\"name\":\"k\",\"min\":1}]}";
    assertThatThrownBy(() -> SpaceJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("space JSON at /parameters/0 must have a 'max'");
  }

  @Test
  void read_unknownParameterType_isRejected() {
    String json = "{\"type\":\"parameters\",\"parameters\":[{\"type\":\"float\",\"name\":\"x\"}]}";
    assertThatThrownBy(() -> SpaceJson.read(json))
        .hasMessage("space JSON at /parameters/0/type must be int, double, categorical or boolean, found float");
  }

  @Test
  void read_malformedJson_saysSo() {
    assertThatThrownBy(() -> SpaceJson.read("{\"type\":"))
        .hasMessageStartingWith("space JSON is malformed");
  }
}
