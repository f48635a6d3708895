package org.greenautoml.trial;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * An attempt of a trial that a cluster member did not finish (it left, died, or stopped the trial
 * as it shut down): the trial ran again on another member, and this attempt was charged at least
 * the trial's reservation, or what the member reported spending if that was more.
 *
 * @param member the member's {@code HOST:PORT}
 * @param kgCO2e what the ledger charged for the attempt
 * @param reason why it was lost
 */
public record LostAttempt(String member, double kgCO2e, String reason) {

  /** Validates. */
  public LostAttempt {
    requireNonNull(member, "member");
    requireNonNull(reason, "reason");
    if (member.isBlank()) {
      throw new IllegalArgumentException("lost attempt member must not be blank");
    }
    if (!(kgCO2e >= 0) || !Double.isFinite(kgCO2e)) {
      throw new IllegalArgumentException(
          "lost attempt charge must be finite and >= 0, found " + kgCO2e + " kg CO2e");
    }
  }

  /** One line for logs and failure reasons. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s, charged %.3g kg CO2e)", member, reason, kgCO2e);
  }

  void writeTo(ObjectNode json) {
    json.put("member", member);
    json.put("kg_co2e", kgCO2e);
    json.put("reason", reason);
  }

  static LostAttempt readFrom(JsonNode json) {
    return new LostAttempt(json.path("member").asText(), json.path("kg_co2e").asDouble(0),
        json.path("reason").asText(""));
  }
}
