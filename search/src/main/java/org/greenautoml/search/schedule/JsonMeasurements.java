package org.greenautoml.search.schedule;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Measurements held as their JSON form only; a defensive copy in and out. */
final class JsonMeasurements implements Measurements {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode json;

  JsonMeasurements(ObjectNode json) {
    this.json = requireNonNull(json, "json").deepCopy();
  }

  @Override
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonMeasurements that && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
