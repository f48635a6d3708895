package org.greenautoml.cluster;

import static java.util.Objects.requireNonNull;

/**
 * What one member spent for a search: its trials (finished, stopped or failed attempts, lost ones
 * included), their metered energy and their footprint at the member's region and PUE.
 *
 * @param member the member's address, {@code HOST:PORT}
 * @param region its carbon region code
 * @param pue its power usage effectiveness
 * @param energyMethod how it metered ({@code RAPL}, {@code POWER_MODEL}; {@code NONE} before any)
 * @param trials attempts it ran
 * @param joules the energy its meter measured for them (dynamic share)
 * @param staticJoules its static share while it ran them (idle power x time x slot share)
 * @param kgCO2e what the driver's ledger charged for them, static share included
 */
public record MemberUsage(String member, String region, double pue, String energyMethod,
    int trials, double joules, double staticJoules, double kgCO2e) {

  /** Validates. */
  public MemberUsage {
    requireNonNull(member, "member");
    requireNonNull(region, "region");
    requireNonNull(energyMethod, "energyMethod");
    if (trials < 0 || !(joules >= 0) || !(staticJoules >= 0) || !(kgCO2e >= 0)) {
      throw new IllegalArgumentException("member usage must be non-negative, found " + trials
          + " trials, " + joules + " J, " + staticJoules + " J static, " + kgCO2e + " kg");
    }
  }

  /** This usage with one more attempt. */
  MemberUsage plus(String method, double moreJoules, double moreStaticJoules,
      double moreKgCO2e) {
    return new MemberUsage(member, region, pue, method.isEmpty() ? energyMethod : method,
        trials + 1, joules + moreJoules, staticJoules + moreStaticJoules, kgCO2e + moreKgCO2e);
  }
}
