package org.greenautoml.bench.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.Sampler;
import org.greenautoml.search.space.Samplers;
import org.greenautoml.trial.internal.MeteredTrialEvaluator;

/**
 * The portfolio's candidates: per family its default configuration and {@code perFamily} points
 * of a seeded Sobol sequence over its space, each with the family choice first, as the engine's
 * conditional space writes them. No candidate is derived from any dataset, so a portfolio selected
 * without dataset D holds nothing D contributed but its column of the matrix, which selection
 * ignores.
 */
final class Candidates {

  private Candidates() {}

  static List<Configuration> of(List<ModelFamily> families, int perFamily, long seed) {
    LinkedHashSet<Configuration> candidates = new LinkedHashSet<>();
    for (ModelFamily family : families) {
      candidates.add(withFamily(family.name(), family.space().defaults().get(0)));
      Sampler sobol = Samplers.sobol(family.space(), seed);
      for (int i = 0; i < perFamily; i++) {
        candidates.add(withFamily(family.name(), sobol.next().orElseThrow()));
      }
    }
    return new ArrayList<>(candidates);
  }

  static Configuration withFamily(String family, Configuration configuration) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(MeteredTrialEvaluator.FAMILY, family);
    values.putAll(configuration.values());
    return Configuration.of(values);
  }

  static Configuration withoutFamily(Configuration configuration) {
    Map<String, Object> values = new LinkedHashMap<>(configuration.values());
    values.remove(MeteredTrialEvaluator.FAMILY);
    return Configuration.of(values);
  }
}
