package org.greenautoml.search.journal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Trial;
import org.greenautoml.search.schedule.TrialOutcome;
import org.greenautoml.search.schedule.TrialStatus;
import org.greenautoml.search.space.SpaceJson;

/** JSON form of the journal's events. */
final class JournalCodec {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final int VERSION = 1;
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private JournalCodec() {}

  static ObjectNode header(SearchHeader header) {
    ObjectNode node = event("search_started");
    node.put("version", VERSION);
    node.put("scheduler", header.scheduler());
    node.put("seed", header.seed());
    node.put("dataFingerprint", header.dataFingerprint());
    node.set("space", header.space());
    node.set("configuration", MAPPER.valueToTree(header.configuration()));
    return node;
  }

  static SearchHeader header(JsonNode node) {
    return new SearchHeader(node.get("scheduler").textValue(), node.get("seed").longValue(),
        node.get("dataFingerprint").textValue(), node.get("space"),
        MAPPER.convertValue(node.get("configuration"), MAP));
  }

  static ObjectNode started(Trial trial, double reservedKgCO2e) {
    ObjectNode node = event("trial_started");
    node.set("trial", trial(trial));
    node.put("reservedKgCO2e", reservedKgCO2e);
    return node;
  }

  static ObjectNode promoted(Trial trial) {
    ObjectNode node = event("trial_promoted");
    node.set("trial", trial(trial));
    return node;
  }

  static ObjectNode ended(TrialOutcome outcome) {
    ObjectNode node =
        event(outcome.status() == TrialStatus.SUCCEEDED ? "trial_finished" : "trial_failed");
    node.set("trial", trial(outcome.trial()));
    node.put("status", outcome.status().name());
    outcome.objectives().ifPresent(v -> {
      ArrayNode values = node.putArray("objectives");
      for (int i = 0; i < v.size(); i++) {
        values.add(v.get(i));
      }
    });
    node.put("costKgCO2e", outcome.costKgCO2e());
    node.set("metrics", MAPPER.valueToTree(outcome.metrics()));
    node.put("reason", outcome.failureReason());
    return node;
  }

  static TrialOutcome outcome(JsonNode node) {
    Trial trial = trial(node.get("trial"));
    TrialStatus status = TrialStatus.valueOf(node.get("status").textValue());
    Map<String, Object> metrics = MAPPER.convertValue(node.get("metrics"), MAP);
    double cost = node.get("costKgCO2e").doubleValue();
    if (status == TrialStatus.SUCCEEDED) {
      JsonNode values = node.get("objectives");
      double[] objectives = new double[values.size()];
      for (int i = 0; i < objectives.length; i++) {
        objectives[i] = values.get(i).doubleValue();
      }
      return TrialOutcome.succeeded(trial, ObjectiveVector.of(objectives), cost, metrics);
    }
    return TrialOutcome.unsuccessful(trial, status, cost, metrics, node.get("reason").textValue());
  }

  static ObjectNode trial(Trial trial) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", trial.id());
    node.put("rung", trial.rung());
    node.put("fidelity", trial.fidelity());
    node.put("bracket", trial.bracket());
    node.set("configuration", SpaceJson.toJson(trial.configuration()));
    return node;
  }

  static Trial trial(JsonNode node) {
    return new Trial(node.get("id").intValue(),
        SpaceJson.configurationFromJson(node.get("configuration")), node.get("rung").intValue(),
        node.get("fidelity").doubleValue(), node.get("bracket").intValue());
  }

  private static ObjectNode event(String type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("event", type);
    return node;
  }
}
