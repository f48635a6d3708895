package org.greenautoml.search.journal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.greenautoml.search.pareto.ObjectiveVector;
import org.greenautoml.search.schedule.Measurements;
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
    return new SearchHeader(text(node, "scheduler"), longInteger(node, "seed"),
        text(node, "dataFingerprint"), object(node, "space"),
        MAPPER.convertValue(object(node, "configuration"), MAP));
  }

  static ObjectNode started(Trial trial, double reservedKgCO2e) {
    ObjectNode node = event("trial_started");
    node.set("trial", trial(trial));
    node.put("reservedKgCO2e", reservedKgCO2e);
    return node;
  }

  static ObjectNode overhead(double joules, double kgCO2e) {
    ObjectNode node = event("overhead");
    node.put("joules", joules);
    node.put("kgCO2e", kgCO2e);
    return node;
  }

  /** The energy of an overhead event, in joules. */
  static double overheadJoules(JsonNode node) {
    return nonNegative(node, "joules");
  }

  /** The footprint of an overhead event, in kg CO2e. */
  static double overheadKgCO2e(JsonNode node) {
    return nonNegative(node, "kgCO2e");
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
    node.set("metrics", outcome.metrics().toJson());
    node.put("reason", outcome.failureReason());
    return node;
  }

  static TrialOutcome outcome(JsonNode node, Measurements.Reader reader) {
    Trial trial = trial(object(node, "trial"));
    TrialStatus status = TrialStatus.valueOf(text(node, "status"));
    Measurements metrics = reader.readOrNone((ObjectNode) object(node, "metrics"));
    double cost = number(node, "costKgCO2e");
    if (status == TrialStatus.SUCCEEDED) {
      JsonNode values = required(node, "objectives");
      if (!values.isArray()) {
        throw new IllegalArgumentException("\"objectives\" must be an array, found " + values);
      }
      double[] objectives = new double[values.size()];
      for (int i = 0; i < objectives.length; i++) {
        if (!values.get(i).isNumber()) {
          throw new IllegalArgumentException(
              "\"objectives\" must hold numbers, found " + values.get(i));
        }
        objectives[i] = values.get(i).doubleValue();
      }
      return TrialOutcome.succeeded(trial, ObjectiveVector.of(objectives), cost, metrics);
    }
    return TrialOutcome.unsuccessful(trial, status, cost, metrics, text(node, "reason"));
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
    return new Trial(integer(node, "id"), SpaceJson.configurationFromJson(object(node, "configuration")),
        integer(node, "rung"), number(node, "fidelity"), integer(node, "bracket"));
  }

  /** The trial of a trial_started event. */
  static Trial startedTrial(JsonNode node) {
    return trial(object(node, "trial"));
  }

  /** The reservation of a trial_started event. */
  static double reserved(JsonNode node) {
    return number(node, "reservedKgCO2e");
  }

  // Field readers: a missing or mistyped field is an IllegalArgumentException naming it, so that a
  // corrupt journal is reported as such (found by JournalReaderFuzzTest).

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field \"" + field + "\" is missing");
    }
    return value;
  }

  private static JsonNode object(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isObject()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be a JSON object, found " + value.getNodeType());
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a string, found " + value);
    }
    return value.textValue();
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("field \"" + field + "\" must be a number, found " + value);
    }
    return value.doubleValue();
  }

  private static double nonNegative(JsonNode node, String field) {
    double value = number(node, field);
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be a finite number >= 0, found " + value);
    }
    return value;
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be a 32-bit integer, found " + value);
    }
    return value.intValue();
  }

  private static long longInteger(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be a 64-bit integer, found " + value);
    }
    return value.longValue();
  }

  private static ObjectNode event(String type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("event", type);
    return node;
  }
}
