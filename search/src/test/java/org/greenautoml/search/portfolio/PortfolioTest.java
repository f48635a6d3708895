package org.greenautoml.search.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.search.space.ConditionalSpace;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.DoubleParameter;
import org.greenautoml.search.space.IntParameter;
import org.greenautoml.search.space.ParameterSpace;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.junit.jupiter.api.Test;

final class PortfolioTest {

  private static ConditionalSpace space(boolean withKnn) {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    branches.put("trees", ParameterSpace.of(IntParameter.log("depth", 1, 64, 8)));
    branches.put("linear", ParameterSpace.of(DoubleParameter.log("c", 1e-4, 1e4, 1.0)));
    if (withKnn) {
      branches.put("knn", ParameterSpace.of(IntParameter.uniform("k", 1, 50, 5)));
    }
    return new ConditionalSpace("family", branches);
  }

  private static Configuration config(String family, String name, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("family", family);
    values.put(name, value);
    return Configuration.of(values);
  }

  private static final Portfolio PORTFOLIO = new Portfolio(List.of(
      config("knn", "k", 7),
      config("trees", "depth", 12),
      config("trees", "depth", 500),
      config("linear", "c", 0.5)), List.of("a", "b"));

  @Test
  void applicableTo_spaceWithoutAFamily_skipsItsConfigurationsAndKeepsOrder() {
    assertThat(PORTFOLIO.applicableTo(space(false)))
        .containsExactly(config("trees", "depth", 12), config("linear", "c", 0.5));
    assertThat(PORTFOLIO.applicableTo(space(true)))
        .containsExactly(
            config("knn", "k", 7), config("trees", "depth", 12), config("linear", "c", 0.5));
  }

  @Test
  void firstThen_portfolio_comesFirstInOrderThenTheSampler() {
    ConditionalSpace space = space(false);
    Sampler fallback = Samplers.random(space, 3);
    Sampler reference = Samplers.random(space, 3);
    Sampler sampler = Samplers.firstThen(space, PORTFOLIO.applicableTo(space), fallback);

    List<Configuration> drawn = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      drawn.add(sampler.next().orElseThrow());
    }

    assertThat(drawn.subList(0, 2))
        .containsExactly(config("trees", "depth", 12), config("linear", "c", 0.5));
    assertThat(drawn.subList(2, 5)).containsExactly(
        reference.next().orElseThrow(), reference.next().orElseThrow(),
        reference.next().orElseThrow());
  }

  @Test
  void firstThen_emptyPortfolio_isTheSamplerAlone() {
    ConditionalSpace space = space(true);
    Sampler sampler =
        Samplers.firstThen(space, Portfolio.empty().applicableTo(space), Samplers.random(space, 9));
    Sampler reference = Samplers.random(space, 9);

    for (int i = 0; i < 4; i++) {
      assertThat(sampler.next()).isEqualTo(reference.next());
    }
  }
}
