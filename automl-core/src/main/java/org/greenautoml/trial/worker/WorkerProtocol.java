package org.greenautoml.trial.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The version-1 wire format of {@link org.greenautoml.trial.worker}: message names and parsing. */
final class WorkerProtocol {

  static final int VERSION = 1;
  static final ObjectMapper MAPPER = new ObjectMapper();

  static final String INIT = "init";
  static final String TRIAL = "trial";
  static final String SHUTDOWN = "shutdown";
  static final String READY = "ready";
  static final String PROGRESS = "progress";
  static final String RESULT = "result";
  static final String ERROR = "error";
  static final String FATAL = "fatal";

  /** How often a worker reports a running trial's energy, and so the granularity of a kill. */
  static final long PROGRESS_PERIOD_MILLIS = 200;

  private WorkerProtocol() {}

  /** A new message of {@code type}, with the version. */
  static ObjectNode message(String type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("v", VERSION);
    node.put("type", type);
    return node;
  }

  /** The message on one line, or empty when the line is not a message of this protocol. */
  static Optional<JsonNode> parse(String line) {
    if (line.isEmpty() || line.charAt(0) != '{') {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(line);
      return node != null && node.isObject() && node.has("type") && node.has("v")
          ? Optional.of(node)
          : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Refuses a message of another version. */
  static void requireVersion(JsonNode message) {
    int version = message.path("v").asInt(-1);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "worker message version must be " + VERSION + ", found " + message.path("v"));
    }
  }

  /** A required text field. */
  static String text(JsonNode message, String field) {
    JsonNode value = message.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(
          "worker message must have a string \"" + field + "\", found " + value);
    }
    return value.textValue();
  }

  /** A required number field. */
  static double number(JsonNode message, String field) {
    JsonNode value = message.get(field);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException(
          "worker message must have a number \"" + field + "\", found " + value);
    }
    return value.doubleValue();
  }
}
