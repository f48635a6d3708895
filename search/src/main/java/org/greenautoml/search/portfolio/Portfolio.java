package org.greenautoml.search.portfolio;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.SearchSpace;

/**
 * An ordered list of configurations a search evaluates before its sampler proposes any (a
 * warm-start portfolio), with the datasets it was learned from. Immutable and thread-safe.
 *
 * @param configurations the configurations, best first, each assigning the family choice
 * @param learnedFrom the names of the datasets whose results chose them
 */
public record Portfolio(List<Configuration> configurations, List<String> learnedFrom) {

  /** Copies both lists. */
  public Portfolio {
    configurations = List.copyOf(requireNonNull(configurations, "configurations"));
    learnedFrom = List.copyOf(requireNonNull(learnedFrom, "learnedFrom"));
  }

  /** The empty portfolio: a search starts with its sampler. */
  public static Portfolio empty() {
    return new Portfolio(List.of(), List.of());
  }

  /**
   * The configurations that belong to {@code space}, in portfolio order and in the space's
   * canonical form: those of a family the space lacks (one that does not apply to the data) or
   * with a value outside the space's range are left out.
   */
  public List<Configuration> applicableTo(SearchSpace space) {
    requireNonNull(space, "space");
    List<Configuration> applicable = new ArrayList<>();
    for (Configuration configuration : configurations) {
      try {
        applicable.add(space.validate(configuration));
      } catch (IllegalArgumentException notInSpace) {
        // another family or another range: this search cannot run it, so it is skipped
      }
    }
    return List.copyOf(applicable);
  }
}
