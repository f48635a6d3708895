package org.greenautoml.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON messages between a driver and its members, version 1, in the envelope of the worker
 * protocol ({@code "v"} and {@code "type"}):
 *
 * <pre>
 * driver -&gt; member (a ClusterTask)
 *   {"v":1,"type":"probe","dataKey":"&lt;sha-256&gt;:&lt;seed&gt;"}
 *   {"v":1,"type":"data","dataKey":"..","seed":42}     + the compact data bytes
 *   {"v":1,"type":"trial","dataKey":"..","trialKey":"search/7/0","trial":{worker trial message}}
 *   {"v":1,"type":"stop","trialKey":"search/7/0","reason":"carbon budget exhausted"}
 *   {"v":1,"type":"progress","trialKeys":["search/7/0","search/9/1"]}
 * member -&gt; driver (the task's answer)
 *   {"v":1,"type":"probe","has":true}
 *   {"v":1,"type":"loaded"}
 *   {"v":1,"type":"result","metrics":{..},"kgCO2e":..,"staticJoules":..,"model":"&lt;base64&gt;"}
 *   {"v":1,"type":"stopped"|"error","reason":"..","kgCO2e":..,"staticJoules":..}
 *   {"v":1,"type":"stop","running":true}         (to a stop: whether the trial was running)
 *   {"v":1,"type":"progress","kgCO2e":{"search/7/0":1.2e-7}}   (the keys that run there)
 * </pre>
 *
 * The model comes at fidelity 1 only; {@code kgCO2e} is the attempt's whole cost at the member's
 * intensity and PUE, its static share ({@code staticJoules}, idle power while the trial held its
 * slot) included. Every answer about a trial also names the member ({@code "member"}, {@code "region"}, {@code
 * "pue"}). While trials run, the driver asks each of their members for their cost so far every
 * overhead period; a {@code stop} goes straight to the member that runs the trial. Both travel on
 * the members' own executor {@value HazelcastSetup#SIGNAL_EXECUTOR}, apart from data and trials,
 * and the member answers them from its own state at once.
 */
final class ClusterMessages {

  static final int VERSION = 1;
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String PROBE = "probe";
  static final String DATA = "data";
  static final String TRIAL = "trial";
  static final String LOADED = "loaded";
  static final String RESULT = "result";
  static final String STOPPED = "stopped";
  static final String ERROR = "error";
  static final String STOP = "stop";
  static final String PROGRESS = "progress";

  private ClusterMessages() {}

  /** A new message of {@code type}. */
  static ObjectNode message(String type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("v", VERSION);
    node.put("type", type);
    return node;
  }

  /**
   * Parses a message and checks its version.
   *
   * @throws IllegalArgumentException for text that is not a version-1 message
   */
  static JsonNode parse(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cluster message must be JSON, found: " + e.getMessage());
    }
    if (node == null || !node.isObject() || node.path("v").asInt(-1) != VERSION
        || !node.path("type").isTextual()) {
      throw new IllegalArgumentException(
          "cluster message must be a version-" + VERSION + " object with a type, found " + json);
    }
    return node;
  }

  /** A required text field. */
  static String text(JsonNode message, String field) {
    JsonNode value = message.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(
          "cluster message must have a string \"" + field + "\", found " + value);
    }
    return value.textValue();
  }
}
