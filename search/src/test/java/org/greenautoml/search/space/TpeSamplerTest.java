package org.greenautoml.search.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TpeSamplerTest {

  private static final ConditionalSpace SPACE = space();

  private static ConditionalSpace space() {
    Map<String, ParameterSpace> branches = new LinkedHashMap<>();
    branches.put("trees", ParameterSpace.of(
        IntParameter.log("depth", 1, 64, 8), DoubleParameter.uniform("share", 0, 1, 0.5)));
    branches.put("linear", ParameterSpace.of(DoubleParameter.log("c", 1e-4, 1e4, 1.0)));
    branches.put("knn", ParameterSpace.of(
        IntParameter.uniform("k", 1, 50, 5), CategoricalParameter.of("metric", "l1", "l2")));
    return new ConditionalSpace("family", branches);
  }

  /** A loss that is lowest for linear models with c near 10. */
  private static double loss(Configuration c) {
    return switch (c.getString("family")) {
      case "linear" -> Math.abs(Math.log10(c.getDouble("c")) - 1) / 8;
      case "trees" -> 0.4 + Math.abs(c.getDouble("share") - 0.3);
      default -> 0.6 + c.getInt("k") / 100.0;
    };
  }

  private static List<Configuration> run(Sampler sampler, int trials, ToDoubleFunction<Configuration> loss) {
    List<Configuration> proposed = new ArrayList<>();
    for (int i = 0; i < trials; i++) {
      Configuration c = sampler.next().orElseThrow();
      proposed.add(c);
      sampler.observe(new Observation(c, 0, 1.0 / 9, new double[] {loss.applyAsDouble(c), i % 7}));
    }
    return proposed;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void tpe_sameSeedAndObservations_proposesTheSameSequence(long seed) {
    assertThat(run(Samplers.tpe(SPACE, seed), 60, TpeSamplerTest::loss))
        .isEqualTo(run(Samplers.tpe(SPACE, seed), 60, TpeSamplerTest::loss))
        .isNotEqualTo(run(Samplers.tpe(SPACE, seed + 100), 60, TpeSamplerTest::loss));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void tpe_afterObservations_proposesBetterConfigurationsThanRandom(long seed) {
    List<Configuration> tpe = run(Samplers.tpe(SPACE, seed), 80, TpeSamplerTest::loss);
    List<Configuration> random = run(Samplers.random(SPACE, seed), 80, TpeSamplerTest::loss);
    double tpeLate = tpe.subList(40, 80).stream().mapToDouble(TpeSamplerTest::loss).average().orElseThrow();
    double randomLate = random.subList(40, 80).stream().mapToDouble(TpeSamplerTest::loss).average().orElseThrow();
    assertThat(tpeLate).isLessThan(randomLate * 0.8);
    assertThat(tpe.subList(40, 80).stream().filter(c -> c.getString("family").equals("linear")).count())
        .as("most late proposals come from the best family").isGreaterThan(20);
  }

  @Test
  void tpe_proposals_belongToTheSpace() {
    run(Samplers.tpe(SPACE, 9), 50, TpeSamplerTest::loss)
        .forEach(c -> assertThat(SPACE.validate(c)).isEqualTo(c));
  }

  @Test
  void toUnit_ofEveryGridConfiguration_mapsBackToIt() {
    for (Configuration c : SPACE.grid(4)) {
      assertThat(SPACE.fromUnit(SPACE.toUnit(c))).isEqualTo(c);
    }
  }

  @Test
  void firstThen_givesTheListFirstThenTheOtherSampler_andPassesObservationsOn() {
    List<Configuration> portfolio = SPACE.defaults();
    List<Observation> seen = new ArrayList<>();
    Sampler then = new Sampler() {
      @Override
      public java.util.Optional<Configuration> next() {
        return java.util.Optional.of(portfolio.get(0));
      }

      @Override
      public void observe(Observation observation) {
        seen.add(observation);
      }
    };
    Sampler sampler = Samplers.firstThen(SPACE, portfolio, then);
    List<Configuration> drawn = new ArrayList<>();
    for (int i = 0; i < portfolio.size() + 2; i++) {
      drawn.add(sampler.next().orElseThrow());
    }
    assertThat(drawn.subList(0, portfolio.size())).isEqualTo(portfolio);
    Observation observation = new Observation(portfolio.get(1), 0, 0.5, new double[] {0.1});
    sampler.observe(observation);
    assertThat(seen).containsExactly(observation);
  }

  @Test
  void withoutRepeats_smallSpace_yieldsEachConfigurationOnceThenEnds() {
    ParameterSpace tiny = ParameterSpace.of(CategoricalParameter.of("a", "x", "y", "z"));
    Sampler sampler = Samplers.withoutRepeats(Samplers.random(tiny, 4), 200);
    List<Configuration> drawn = new ArrayList<>();
    sampler.next().ifPresent(drawn::add);
    sampler.next().ifPresent(drawn::add);
    sampler.next().ifPresent(drawn::add);
    assertThat(drawn).doesNotHaveDuplicates().hasSize(3);
    assertThat(sampler.next()).isEmpty();
  }
}
