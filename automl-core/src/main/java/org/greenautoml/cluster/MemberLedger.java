package org.greenautoml.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;

/**
 * The driver's per-member account: converts each attempt's metered joules at its member's region
 * and PUE, sums energy and CO2e per member, and the grams carbon-aware placement saved. The one
 * budget is the search's ledger; this is its breakdown. Thread-safe.
 */
final class MemberLedger {

  private final Map<String, MemberUsage> usage = new LinkedHashMap<>();
  private double savedGrams;

  /**
   * Records an attempt on {@code member} and returns its kg CO2e.
   *
   * @param method the member's energy method, empty when unknown
   * @param joules the energy it metered (0 when only a charge is known)
   * @param staticJoules the member's static share for the attempt
   * @param reportedKgCO2e what the attempt was already charged while it ran (its member's
   *     progress reports, 0 if none): the attempt is charged the larger of this and {@code joules}
   *     plus {@code staticJoules} at the member's intensity, as the search's ledger charges it
   * @param regionBlindGramsPerKWh what placement without regard to region would have paid
   */
  synchronized double record(MemberView member, String method, double joules,
      double staticJoules, double reportedKgCO2e, double regionBlindGramsPerKWh) {
    double kWh = joules / EnergyReading.JOULES_PER_KWH;
    double kg = Math.max(reportedKgCO2e, accountant(member)
        .footprintOf((joules + staticJoules) / EnergyReading.JOULES_PER_KWH).kgCO2e());
    usage.compute(member.address(), (address, now) -> (now == null
        ? new MemberUsage(address, member.region(), member.pue(), "NONE", 0, 0, 0, 0) : now)
        .plus(method, joules, staticJoules, kg));
    savedGrams += kWh * (regionBlindGramsPerKWh - member.effectiveGramsPerKWh());
    return kg;
  }

  synchronized List<MemberUsage> usage() {
    List<MemberUsage> list = new ArrayList<>(usage.values());
    list.sort(Comparator.comparing(MemberUsage::member));
    return List.copyOf(list);
  }

  synchronized double savedGrams() {
    return savedGrams;
  }

  private static CarbonAccountant accountant(MemberView member) {
    return new CarbonAccountant(CarbonRegions.bundled().lookup(member.region()),
        new Pue(member.pue(), "given by the member"));
  }
}
