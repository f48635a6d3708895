package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import org.greenautoml.search.space.Configuration;

/**
 * One unit of work: a configuration evaluated at a fidelity (the fraction of training rows).
 *
 * <p>Ids are given by the scheduler in the order it hands trials out, from 0, so they are the same
 * for the same seed and the same sequence of calls. A promoted configuration gets a new trial with a
 * new id at the higher rung.
 *
 * @param id the trial's id, unique within a search
 * @param configuration what to evaluate
 * @param rung the index of the fidelity on the scheduler's ladder (0 = lowest)
 * @param fidelity the fraction of training rows, in (0, 1]
 * @param bracket the Hyperband bracket (0 for other schedulers)
 */
public record Trial(int id, Configuration configuration, int rung, double fidelity, int bracket) {

  /** Validates every field. */
  public Trial {
    if (id < 0) {
      throw new IllegalArgumentException("trial id must be non-negative, found " + id);
    }
    requireNonNull(configuration, "configuration");
    if (rung < 0) {
      throw new IllegalArgumentException("rung must be non-negative, found " + rung);
    }
    if (!(fidelity > 0 && fidelity <= 1)) {
      throw new IllegalArgumentException("fidelity must be in (0, 1], found " + fidelity);
    }
    if (bracket < 0) {
      throw new IllegalArgumentException("bracket must be non-negative, found " + bracket);
    }
  }
}
