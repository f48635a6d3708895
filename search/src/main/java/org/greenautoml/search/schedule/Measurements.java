package org.greenautoml.search.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a trial measured beyond its objective vector (its scores, energies, model size), carried
 * typed from the evaluator through the run loop, the scheduler and the journal to the result. The
 * search never looks inside: it stores {@link #toJson()} in the journal and reads it back with the
 * {@link Reader} it is given, so the module that measures (automl-core's {@code TrialMetrics})
 * owns both the type and its JSON form.
 *
 * <p>Implementations are immutable values.
 */
public interface Measurements {

  /** Nothing measured: what a failed trial carries. */
  Measurements NONE = new JsonMeasurements(JsonMeasurements.MAPPER.createObjectNode());

  /** The JSON object the journal stores, a fresh copy on every call; units are in the names. */
  ObjectNode toJson();

  /** Whether nothing was measured (the JSON form is an empty object). */
  default boolean isEmpty() {
    return toJson().isEmpty();
  }

  /**
   * Measurements that are only their JSON form, for readers that do not know the type (a search
   * tested without automl-core, or the raw {@link #RAW} reader).
   */
  static Measurements ofJson(ObjectNode json) {
    return new JsonMeasurements(json);
  }

  /** The reader that keeps the JSON form as it is. */
  Reader RAW = Measurements::ofJson;

  /**
   * Reads measurements back from the JSON form that {@link #toJson()} wrote. Called with an empty
   * object only for trials that measured nothing, which read as {@link #NONE} without asking it.
   */
  @FunctionalInterface
  interface Reader {
    /**
     * The measurements of {@code json}.
     *
     * @throws IllegalArgumentException naming the first missing or mistyped field
     */
    Measurements read(ObjectNode json);

    /** Reads {@code json}, giving {@link #NONE} for an empty object. */
    default Measurements readOrNone(ObjectNode json) {
      return json.isEmpty() ? NONE : read(json);
    }
  }
}
