package org.greenautoml.trial;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a trial ran and where its energy was priced: this JVM (or its worker processes) in the
 * search's own region, or a cluster member in the member's region and PUE. Carried with the
 * trial's metrics into the journal and the report.
 *
 * @param member {@value #LOCAL_MEMBER} for this machine, else the member's {@code HOST:PORT}
 * @param region the carbon region the trial was priced in; empty for the search's own region
 * @param pue the PUE the trial was priced with; 0 for the search's own
 * @param regionBlindGramsPerKWh what region-blind placement would have paid per kWh (the
 *     slot-weighted mean of the cluster's members when the trial started; 0 for local trials)
 * @param lostAttempts the attempts this trial lost on members before it finished, with what each
 *     was charged; empty when none
 * @param staticJoules the member's static share for this trial, J: its idle power x the trial's
 *     wall time x the share of the member one trial slot holds (charged with the trial, at the
 *     member's region and PUE); 0 for local trials, whose static share is the search's own
 */
public record TrialSite(String member, String region, double pue, double regionBlindGramsPerKWh,
    List<LostAttempt> lostAttempts, double staticJoules) {

  /** The member name of trials that ran on this machine. */
  public static final String LOCAL_MEMBER = "local";

  /** A trial that ran on this machine, priced in the search's region. */
  public static final TrialSite LOCAL = new TrialSite(LOCAL_MEMBER, "", 0, 0, List.of(), 0);

  /** Validates. */
  public TrialSite {
    requireNonNull(member, "member");
    requireNonNull(region, "region");
    lostAttempts = List.copyOf(requireNonNull(lostAttempts, "lostAttempts"));
    if (member.isBlank()) {
      throw new IllegalArgumentException("trial member must not be blank");
    }
    if (!(pue == 0 || pue >= 1) || !Double.isFinite(pue)) {
      throw new IllegalArgumentException("trial site PUE must be 0 or at least 1, found " + pue);
    }
    if (!(regionBlindGramsPerKWh >= 0) || !Double.isFinite(regionBlindGramsPerKWh)) {
      throw new IllegalArgumentException("region-blind intensity must be finite and >= 0, found "
          + regionBlindGramsPerKWh);
    }
    if (!(staticJoules >= 0) || !Double.isFinite(staticJoules)) {
      throw new IllegalArgumentException("member static share must be finite and >= 0, found "
          + staticJoules + " J");
    }
  }

  /** A site without a static share (a member whose meter holds idle power, or a local trial). */
  public TrialSite(String member, String region, double pue, double regionBlindGramsPerKWh,
      List<LostAttempt> lostAttempts) {
    this(member, region, pue, regionBlindGramsPerKWh, lostAttempts, 0);
  }

  /** What the lost attempts were charged, kg CO2e. */
  public double lostKgCO2e() {
    return lostAttempts.stream().mapToDouble(LostAttempt::kgCO2e).sum();
  }

  /** Whether the trial ran on this machine. */
  public boolean isLocal() {
    return member.equals(LOCAL_MEMBER);
  }

  /** Adds this site to a trial's journal form (nothing for a local trial). */
  void writeTo(ObjectNode json) {
    if (!isLocal()) {
      json.put("member", member);
      json.put("member_region", region);
      json.put("member_pue", pue);
      json.put("region_blind_g_per_kwh", regionBlindGramsPerKWh);
      if (!lostAttempts.isEmpty()) {
        ArrayNode lost = json.putArray("lost_attempts");
        lostAttempts.forEach(a -> a.writeTo(lost.addObject()));
      }
      if (staticJoules > 0) {
        json.put("member_static_j", staticJoules);
      }
    }
  }

  /** The site in a trial's journal form; {@link #LOCAL} when it names none. */
  static TrialSite readFrom(JsonNode json) {
    JsonNode member = json.get("member");
    if (member == null || !member.isTextual()) {
      return LOCAL;
    }
    return new TrialSite(member.textValue(), json.path("member_region").asText(""),
        json.path("member_pue").asDouble(0), json.path("region_blind_g_per_kwh").asDouble(0),
        lostAttempts(json.path("lost_attempts")), json.path("member_static_j").asDouble(0));
  }

  /** The lost attempts of a journal form: an array (a text from before they were typed: none). */
  private static List<LostAttempt> lostAttempts(JsonNode json) {
    List<LostAttempt> lost = new ArrayList<>();
    if (json.isArray()) {
      json.forEach(a -> lost.add(LostAttempt.readFrom(a)));
    }
    return lost;
  }
}
