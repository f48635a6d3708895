package org.greenautoml.search.space;

import java.util.Optional;

/**
 * What proposes the next new configuration of a search; the scheduler decides its fidelity and
 * whether it is promoted.
 *
 * <p>The engine's default chain is: the warm-start portfolio first (an ordered list of
 * configurations learned offline, {@link Samplers#firstThen}), then a model-based sampler ({@link
 * Samplers#tpe}) that learns from every rung's results through {@link #observe}; {@link
 * Samplers#random} stays as an option and as the baseline. Schedulers call {@link #observe} for
 * every successful trial they are told about, at every rung, promoted ones included, so a sampler
 * sees the same observations in the same order for the same seed.
 *
 * <p>Samplers are deterministic for their seed: the same space, seed and observations give the
 * same sequence. They are not thread-safe; schedulers that share one guard it themselves.
 */
public interface Sampler {

  /** The next configuration, or empty when the sampler has no more (a finished grid). */
  Optional<Configuration> next();

  /**
   * Learns from a finished, successful trial; samplers that do not learn ignore it (the default).
   * A configuration this sampler never proposed (one of the portfolio's) may be observed too.
   */
  default void observe(Observation observation) {}
}
