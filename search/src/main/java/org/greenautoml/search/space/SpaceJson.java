package org.greenautoml.search.space;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON form of spaces and configurations (Jackson tree model), exact in both directions.
 *
 * <p>A flat space is {@code {"type":"parameters","parameters":[...]}} where each parameter is
 * {@code {"type":"int"|"double"|"categorical"|"boolean","name":...}} with its range, {@code log}
 * flag, choices and {@code default}; a conditional space is {@code
 * {"type":"conditional","choice":"family","branches":{"cart":{...},...}}}. A configuration is a JSON
 * object of its values in declaration order. Doubles are written in Jackson's shortest round-trip
 * form. Malformed input is rejected with the JSON pointer of what is wrong. Thread-safe.
 */
public final class SpaceJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SpaceJson() {}

  /** The space as a JSON string. */
  public static String write(SearchSpace space) {
    return toJson(space).toString();
  }

  /** The space in a JSON string written by {@link #write(SearchSpace)}. */
  public static SearchSpace read(String json) {
    return fromJson(parse(json, "space"));
  }

  /** The space as a JSON tree. */
  public static ObjectNode toJson(SearchSpace space) {
    requireNonNull(space, "space");
    ObjectNode node = NODES.objectNode();
    if (space instanceof ParameterSpace flat) {
      node.put("type", "parameters");
      ArrayNode parameters = node.putArray("parameters");
      flat.parameters().forEach(p -> parameters.add(parameterToJson(p)));
    } else if (space instanceof ConditionalSpace conditional) {
      node.put("type", "conditional");
      node.put("choice", conditional.choiceName());
      ObjectNode branches = node.putObject("branches");
      conditional.branches().forEach((choice, branch) -> branches.set(choice, toJson(branch)));
    }
    return node;
  }

  /** The space in a JSON tree written by {@link #toJson(SearchSpace)}. */
  public static SearchSpace fromJson(JsonNode node) {
    return spaceFromJson(requireNonNull(node, "node"), "");
  }

  /** The configuration as a JSON object, in declaration order. */
  public static ObjectNode toJson(Configuration configuration) {
    requireNonNull(configuration, "configuration");
    ObjectNode node = NODES.objectNode();
    configuration.values().forEach((name, value) -> node.set(name, valueToJson(value)));
    return node;
  }

  /** The configuration in a JSON object written by {@link #toJson(Configuration)}. */
  public static Configuration configurationFromJson(JsonNode node) {
    requireNonNull(node, "node");
    if (!node.isObject()) {
      throw new IllegalArgumentException("configuration JSON must be an object, found " + node);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      values.put(field.getKey(), valueFromJson(field.getValue(), "/" + field.getKey()));
    }
    return Configuration.of(values);
  }

  /** The configuration in a JSON string. */
  public static Configuration readConfiguration(String json) {
    return configurationFromJson(parse(json, "configuration"));
  }

  private static JsonNode parse(String json, String what) {
    try {
      return MAPPER.readTree(requireNonNull(json, "json"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " JSON is malformed: " + e.getOriginalMessage(), e);
    }
  }

  private static SearchSpace spaceFromJson(JsonNode node, String at) {
    String type = text(node, "type", at);
    switch (type) {
      case "parameters":
        List<Parameter> parameters = new ArrayList<>();
        JsonNode list = field(node, "parameters", at);
        for (int i = 0; i < list.size(); i++) {
          parameters.add(parameterFromJson(list.get(i), at + "/parameters/" + i));
        }
        return ParameterSpace.of(parameters);
      case "conditional":
        Map<String, ParameterSpace> branches = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : field(node, "branches", at).properties()) {
          SearchSpace branch = spaceFromJson(e.getValue(), at + "/branches/" + e.getKey());
          if (!(branch instanceof ParameterSpace flat)) {
            throw new IllegalArgumentException(
                "space JSON at " + at + "/branches/" + e.getKey() + " must be a flat space");
          }
          branches.put(e.getKey(), flat);
        }
        return new ConditionalSpace(text(node, "choice", at), branches);
      default:
        throw new IllegalArgumentException(
            "space JSON at " + pointer(at) + " must have type parameters or conditional, found "
                + type);
    }
  }

  private static ObjectNode parameterToJson(Parameter parameter) {
    ObjectNode node = NODES.objectNode();
    if (parameter instanceof IntParameter p) {
      node.put("type", "int").put("name", p.name()).put("min", p.min()).put("max", p.max());
      node.put("log", p.logScale()).put("default", p.defaultValue());
    } else if (parameter instanceof DoubleParameter p) {
      node.put("type", "double").put("name", p.name()).put("min", p.min()).put("max", p.max());
      node.put("log", p.logScale()).put("default", p.defaultValue());
    } else if (parameter instanceof CategoricalParameter p) {
      node.put("type", "categorical").put("name", p.name());
      ArrayNode choices = node.putArray("choices");
      p.choices().forEach(choices::add);
      node.put("default", p.defaultValue());
    } else if (parameter instanceof BooleanParameter p) {
      node.put("type", "boolean").put("name", p.name()).put("default", p.defaultValue());
    }
    return node;
  }

  private static Parameter parameterFromJson(JsonNode node, String at) {
    String type = text(node, "type", at);
    String name = text(node, "name", at);
    switch (type) {
      case "int":
        return new IntParameter(name, integer(node, "min", at), integer(node, "max", at),
            bool(node, "log", at), integer(node, "default", at));
      case "double":
        return new DoubleParameter(name, number(node, "min", at), number(node, "max", at),
            bool(node, "log", at), number(node, "default", at));
      case "categorical":
        List<String> choices = new ArrayList<>();
        field(node, "choices", at).forEach(c -> choices.add(c.asText()));
        return new CategoricalParameter(name, choices, text(node, "default", at));
      case "boolean":
        return new BooleanParameter(name, bool(node, "default", at));
      default:
        throw new IllegalArgumentException(
            "space JSON at " + pointer(at) + "/type must be int, double, categorical or boolean,"
                + " found " + type);
    }
  }

  private static JsonNode valueToJson(Object value) {
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (value instanceof Double d) {
      return NODES.numberNode(d);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.textNode((String) value);
  }

  private static Object valueFromJson(JsonNode node, String at) {
    if (node.isInt()) {
      return node.intValue();
    } else if (node.isFloatingPointNumber()) {
      return node.doubleValue();
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isTextual()) {
      return node.textValue();
    }
    throw new IllegalArgumentException(
        "configuration JSON at " + at + " must be an int, number, boolean or string, found "
            + node);
  }

  private static JsonNode field(JsonNode node, String name, String at) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(
          "space JSON at " + pointer(at) + " must have a '" + name + "', found " + node);
    }
    return value;
  }

  private static String text(JsonNode node, String name, String at) {
    JsonNode value = field(node, name, at);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "space JSON at " + pointer(at) + "/" + name + " must be a string, found " + value);
    }
    return value.textValue();
  }

  private static int integer(JsonNode node, String name, String at) {
    JsonNode value = field(node, name, at);
    if (!value.isInt()) {
      throw new IllegalArgumentException(
          "space JSON at " + pointer(at) + "/" + name + " must be an int, found " + value);
    }
    return value.intValue();
  }

  private static double number(JsonNode node, String name, String at) {
    JsonNode value = field(node, name, at);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(
          "space JSON at " + pointer(at) + "/" + name + " must be a number, found " + value);
    }
    return value.doubleValue();
  }

  private static boolean bool(JsonNode node, String name, String at) {
    JsonNode value = field(node, name, at);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(
          "space JSON at " + pointer(at) + "/" + name + " must be a boolean, found " + value);
    }
    return value.booleanValue();
  }

  private static String pointer(String at) {
    return at.isEmpty() ? "/" : at;
  }
}
