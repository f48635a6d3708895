package org.greenautoml.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Energy and CO2e of one member (or {@code local}) over a run's trials that measured something.
 *
 * @param member the member
 * @param region its carbon region
 * @param energyMethod its meter's method
 * @param trials its trials
 * @param joules their metered energy
 * @param staticJoules its static share while it ran them (0 for {@code local})
 * @param kgCO2e their cost at its region and PUE, static share included
 */
record MemberSum(String member, String region, String energyMethod, int trials,
    double joules, double staticJoules, double kgCO2e) {

  /** The sums per member of {@code rows}, by member name. */
  static List<MemberSum> of(List<TrialRow> rows) {
    Map<String, MemberSum> sums = new TreeMap<>();
    for (TrialRow row : rows) {
      row.place().ifPresent(p ->
        sums.merge(p.member(), new MemberSum(p.member(), p.region(), p.energyMethod(), 1,
            p.trialJoules(), p.staticJoules(), p.kgCO2e()), MemberSum::plus));
    }
    return List.copyOf(new ArrayList<>(sums.values()));
  }

  /** Grams CO2e carbon-aware placement saved over {@code rows}. */
  static double savedGrams(List<TrialRow> rows) {
    return rows.stream().flatMap(r -> r.place().stream()).mapToDouble(TrialPlace::savedGrams)
        .sum();
  }

  private MemberSum plus(MemberSum other) {
    return new MemberSum(member, region, energyMethod, trials + other.trials,
        joules + other.joules, staticJoules + other.staticJoules, kgCO2e + other.kgCO2e);
  }
}
