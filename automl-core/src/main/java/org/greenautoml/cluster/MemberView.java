package org.greenautoml.cluster;

import static java.util.Objects.requireNonNull;

/**
 * A member as the driver sees it: where it is, where its energy is spent, how many trials it runs
 * at once.
 *
 * @param id the member's cluster id
 * @param address its address, {@code HOST:PORT}
 * @param region its carbon region code
 * @param gramsPerKWh its region's carbon intensity
 * @param pue its power usage effectiveness
 * @param threads trials it runs at once
 */
record MemberView(
    String id, String address, String region, double gramsPerKWh, double pue, int threads) {

  MemberView {
    requireNonNull(id, "id");
    requireNonNull(address, "address");
    requireNonNull(region, "region");
    if (!(gramsPerKWh >= 0) || !(pue >= 1) || threads < 1) {
      throw new IllegalArgumentException("member " + address + " must have intensity >= 0, PUE"
          + " >= 1 and threads >= 1, found " + gramsPerKWh + ", " + pue + ", " + threads);
    }
  }

  /** Grams CO2e per kWh the member's trials cost, PUE included. */
  double effectiveGramsPerKWh() {
    return gramsPerKWh * pue;
  }
}
