package org.greenautoml.search.schedule;

import java.util.List;

/**
 * One bracket of Hyperband (Li et al. 2018, Algorithm 1): {@code n} configurations start at
 * fidelity {@code r}, and rung {@code i} keeps {@code floor(n / eta^i)} of them.
 *
 * @param s the bracket index, {@code s_max} down to 0
 * @param configurations {@code n = ceil((s_max + 1) / (s + 1) * eta^s)}
 * @param startRung the ladder index of the first rung, {@code s_max - s}
 * @param startFidelity {@code r = R * eta^-s} as a fraction of the max fidelity
 * @param rungSizes the number of trials at each rung of the bracket, first rung first
 */
public record HyperbandBracket(
    int s, int configurations, int startRung, double startFidelity, List<Integer> rungSizes) {

  /** Copies the rung sizes. */
  public HyperbandBracket {
    rungSizes = List.copyOf(rungSizes);
  }
}
