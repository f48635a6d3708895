package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

/**
 * Where a trial ran, as the report shows it: the member ({@code local} for this machine, else a
 * cluster member's {@code HOST:PORT}), the region its energy was priced in, the meter's method,
 * the whole trial's metered energy and what that cost there, and the grams carbon-aware placement
 * saved on it against placing without regard to region (0 for local trials). A trial that
 * measured nothing (failed or stopped) has no place ({@link TrialRow#place()} is empty).
 *
 * @param member where the trial ran
 * @param region the carbon region its energy was priced in
 * @param energyMethod the meter's method ({@code RAPL}, {@code POWER_MODEL})
 * @param trialJoules the trial's metered energy
 * @param kgCO2e that energy and the member's static share in kg CO2e at the member's region and
 *     PUE
 * @param savedGrams grams CO2e saved against region-blind placement (negative when it cost more)
 * @param staticJoules the cluster member's static share while it ran the trial (0 for local
 *     trials, whose static share is the run's own)
 */
public record TrialPlace(String member, String region, String energyMethod, double trialJoules,
    double kgCO2e, double savedGrams, double staticJoules) {

  /** Validates. */
  public TrialPlace {
    requireNonNull(member, "member");
    if (member.isBlank()) {
      throw new IllegalArgumentException("trial place member must not be blank");
    }
    requireNonNull(region, "region");
    requireNonNull(energyMethod, "energyMethod");
    if (!(trialJoules >= 0) || !(kgCO2e >= 0) || !Double.isFinite(savedGrams)
        || !(staticJoules >= 0) || Double.isInfinite(staticJoules)
        || Double.isInfinite(trialJoules) || Double.isInfinite(kgCO2e)) {
      throw new IllegalArgumentException("trial place figures must be finite, energy and CO2e"
          + " non-negative, found " + trialJoules + " J, " + kgCO2e + " kg, " + savedGrams + " g");
    }
  }
}
