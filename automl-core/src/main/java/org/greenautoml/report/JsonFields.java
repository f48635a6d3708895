package org.greenautoml.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON object being read, with its path for error messages ({@code trials[3].family}). Each
 * getter fails with a {@link FieldException} naming the path and what was expected.
 */
final class JsonFields {

  /** A missing or mistyped field; the reader adds the file name. */
  static final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FieldException(String message) {
      super(message);
    }
  }

  private final JsonNode node;
  private final String path;

  JsonFields(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new FieldException(describe(path) + " must be a JSON object, found " + kind(node));
    }
    this.node = node;
    this.path = path;
  }

  String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Whether the object has a non-null {@code name}. */
  boolean has(String name) {
    return node.hasNonNull(name);
  }

  JsonNode raw(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new FieldException(path(name) + " is missing");
    }
    return value;
  }

  String text(String name) {
    JsonNode value = raw(name);
    if (!value.isTextual()) {
      throw new FieldException(path(name) + " must be a string, found " + kind(value));
    }
    return value.textValue();
  }

  boolean bool(String name) {
    JsonNode value = raw(name);
    if (!value.isBoolean()) {
      throw new FieldException(path(name) + " must be true or false, found " + kind(value));
    }
    return value.booleanValue();
  }

  int integer(String name) {
    JsonNode value = raw(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new FieldException(path(name) + " must be a 32-bit integer, found " + kind(value));
    }
    return value.intValue();
  }

  long longInteger(String name) {
    JsonNode value = raw(name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new FieldException(path(name) + " must be a 64-bit integer, found " + kind(value));
    }
    return value.longValue();
  }

  /** A number; when {@code nullable}, JSON null reads as NaN. */
  double number(String name, boolean nullable) {
    JsonNode value = raw(name);
    if (nullable && value.isNull()) {
      return Double.NaN;
    }
    if (!value.isNumber()) {
      throw new FieldException(path(name) + " must be a number" + (nullable ? " or null" : "")
          + ", found " + kind(value));
    }
    return value.doubleValue();
  }

  JsonFields object(String name) {
    return new JsonFields(raw(name), path(name));
  }

  <T> List<T> array(String name, Function<Element, T> reader) {
    JsonNode value = raw(name);
    if (!value.isArray()) {
      throw new FieldException(path(name) + " must be an array, found " + kind(value));
    }
    List<T> out = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      out.add(reader.apply(new Element(value.get(i), path(name) + "[" + i + "]")));
    }
    return out;
  }

  /** One element of an array, with its path. */
  record Element(JsonNode node, String path) {
    JsonFields asObject() {
      return new JsonFields(node, path);
    }

    String asText() {
      if (!node.isTextual()) {
        throw new FieldException(path + " must be a string, found " + kind(node));
      }
      return node.textValue();
    }

    int asInt() {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw new FieldException(path + " must be a 32-bit integer, found " + kind(node));
      }
      return node.intValue();
    }
  }

  JsonNode node() {
    return node;
  }

  private static String describe(String path) {
    return path.isEmpty() ? "the document" : path;
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
        + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
