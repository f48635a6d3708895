package org.greenautoml.search.portfolio;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.greenautoml.search.space.Configuration;
import org.greenautoml.search.space.SpaceJson;

/**
 * JSON form of {@link Portfolio} and {@link PerformanceMatrix} (Jackson tree model).
 *
 * <p>A portfolio is {@code {"learnedFrom":[names],"configurations":[{configuration}...]}}; a
 * matrix is {@code {"datasets":[names],"candidates":[{configuration}...],"accuracy":[[row]...],
 * "cpuSeconds":[[row]...]}} with one row per candidate and {@code null} for a failed cell.
 * Configurations are written as {@link SpaceJson} writes them. Malformed input is rejected with
 * an {@link IllegalArgumentException} naming what is wrong. Thread-safe.
 */
public final class PortfolioJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PortfolioJson() {}

  /** The portfolio as indented JSON. */
  public static String write(Portfolio portfolio) {
    requireNonNull(portfolio, "portfolio");
    ObjectNode node = MAPPER.createObjectNode();
    portfolio.learnedFrom().forEach(node.putArray("learnedFrom")::add);
    ArrayNode configurations = node.putArray("configurations");
    portfolio.configurations().forEach(c -> configurations.add(SpaceJson.toJson(c)));
    return text(node);
  }

  /** The portfolio in JSON written by {@link #write(Portfolio)}. */
  public static Portfolio readPortfolio(String json) {
    JsonNode node = parse(json, "portfolio");
    return new Portfolio(configurations(field(node, "configurations")),
        strings(field(node, "learnedFrom")));
  }

  /** The matrix as indented JSON. */
  public static String write(PerformanceMatrix matrix) {
    requireNonNull(matrix, "matrix");
    ObjectNode node = MAPPER.createObjectNode();
    matrix.datasets().forEach(node.putArray("datasets")::add);
    ArrayNode candidates = node.putArray("candidates");
    matrix.candidates().forEach(c -> candidates.add(SpaceJson.toJson(c)));
    ArrayNode accuracy = node.putArray("accuracy");
    ArrayNode cpu = node.putArray("cpuSeconds");
    for (int c = 0; c < matrix.candidates().size(); c++) {
      ArrayNode a = accuracy.addArray();
      ArrayNode s = cpu.addArray();
      for (int d = 0; d < matrix.datasets().size(); d++) {
        addNumber(a, matrix.accuracy(c, d));
        addNumber(s, matrix.cpuSeconds(c, d));
      }
    }
    return text(node);
  }

  /** The matrix in JSON written by {@link #write(PerformanceMatrix)}. */
  public static PerformanceMatrix readMatrix(String json) {
    JsonNode node = parse(json, "performance matrix");
    return PerformanceMatrix.of(configurations(field(node, "candidates")),
        strings(field(node, "datasets")), numbers(field(node, "accuracy")),
        numbers(field(node, "cpuSeconds")));
  }

  private static void addNumber(ArrayNode array, double value) {
    if (Double.isNaN(value)) {
      array.addNull();
    } else {
      array.add(value);
    }
  }

  private static List<Configuration> configurations(JsonNode array) {
    List<Configuration> list = new ArrayList<>();
    array.forEach(c -> list.add(SpaceJson.configurationFromJson(c)));
    return list;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(s -> {
      if (!s.isTextual()) {
        throw new IllegalArgumentException("names must be strings, found " + s);
      }
      list.add(s.asText());
    });
    return list;
  }

  private static double[][] numbers(JsonNode rows) {
    double[][] values = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      JsonNode row = rows.get(r);
      values[r] = new double[row.size()];
      for (int i = 0; i < row.size(); i++) {
        JsonNode v = row.get(i);
        if (!v.isNull() && !v.isNumber()) {
          throw new IllegalArgumentException("cells must be numbers or null, found " + v
              + " in row " + r);
        }
        values[r][i] = v.isNull() ? Double.NaN : v.asDouble();
      }
    }
    return values;
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("'" + name + "' must be an array, found " + value);
    }
    return value;
  }

  private static JsonNode parse(String json, String what) {
    try {
      JsonNode node = MAPPER.readTree(requireNonNull(json, what));
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(what + " must be a JSON object, found " + node);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " must be valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree must serialise, found " + e.getMessage(), e);
    }
  }
}
