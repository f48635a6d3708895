package org.greenautoml.search.space;

import java.util.Optional;

/**
 * A source of configurations drawn from a {@link SearchSpace}.
 *
 * <p>Samplers are deterministic for their seed: the same space and seed give the same sequence.
 * They are not thread-safe; schedulers that share one guard it themselves.
 */
public interface Sampler {

  /** The next configuration, or empty when the sampler has no more (a finished grid). */
  Optional<Configuration> next();
}
