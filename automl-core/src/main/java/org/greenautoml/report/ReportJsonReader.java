package org.greenautoml.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.TestScores;
import org.greenautoml.TestSet;
import org.greenautoml.search.schedule.TrialStatus;

/**
 * Maps the JSON tree of schema version 2 back to a {@link RunReport}, the inverse of {@link
 * ReportJsonWriter}; version 1 (no test set, no test scores) is read too.
 */
final class ReportJsonReader {

  RunReport fromJson(JsonNode root) {
    JsonFields r = new JsonFields(root, "");
    String schema = r.text("schema");
    if (!ReportJsonWriter.SCHEMA_NAME.equals(schema)) {
      throw new JsonFields.FieldException(
          "schema must be \"" + ReportJsonWriter.SCHEMA_NAME + "\", found \"" + schema + "\"");
    }
    int version = r.integer("schema_version");
    if (version < RunReport.OLDEST_READABLE_VERSION || version > RunReport.SCHEMA_VERSION) {
      throw new JsonFields.FieldException("schema_version must be "
          + RunReport.OLDEST_READABLE_VERSION + " to " + RunReport.SCHEMA_VERSION
          + " (this GreenAutoML reads those versions), found " + version);
    }
    boolean v2 = version >= 2;
    return new RunReport(
        version,
        provenance(r.object("provenance")),
        energy(r.object("energy")),
        budget(r.object("budget")),
        r.array("trials", e -> trial(e.asObject(), v2)),
        r.array("front_trial_ids", JsonFields.Element::asInt),
        r.array("region_comparison", e -> region(e.asObject())),
        v2 && !r.raw("test_set").isNull() ? Optional.of(testSet(r.object("test_set")))
            : Optional.empty(),
        timing(root));
  }

  private static Optional<TimingReport> timing(JsonNode root) {
    JsonNode node = root.get("carbon_timing");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TimingReport.fromJson(node));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new JsonFields.FieldException(e.getMessage());
    }
  }

  private static TestSet testSet(JsonFields t) {
    return new TestSet(t.text("name"), t.text("fingerprint"), t.integer("rows"));
  }

  private static ReportProvenance provenance(JsonFields p) {
    return new ReportProvenance(
        p.longInteger("seed"),
        p.text("dataset_name"),
        p.text("data_fingerprint"),
        p.integer("rows"),
        p.integer("features"),
        p.integer("classes"),
        p.text("greenautoml_version"),
        p.text("tribuo_version"),
        p.text("java_version"),
        p.text("os_name"),
        instant(p, "started_at"),
        instant(p, "finished_at"),
        p.text("scheduler"),
        p.array("objectives", JsonFields.Element::asText));
  }

  private static EnergyContext energy(JsonFields e) {
    return new EnergyContext(
        e.text("meter_method"),
        e.text("meter_description"),
        e.number("relative_uncertainty", false),
        e.text("region_code"),
        e.text("region_name"),
        e.number("intensity_g_co2e_per_kwh", false),
        e.text("intensity_source"),
        e.integer("intensity_year"),
        e.number("pue", false),
        e.text("pue_source"));
  }

  private static BudgetSummary budget(JsonFields b) {
    return new BudgetSummary(
        b.number("budget_kg_co2e", false),
        b.number("spent_kg_co2e", false),
        b.number("spent_kwh", false),
        b.number("overhead_kwh", false),
        b.number("remaining_kg_co2e", false),
        b.text("stop_reason"),
        b.number("wall_s", false),
        b.number("estimated_grid_search_kwh", true),
        b.longInteger("grid_search_configurations"),
        machineCharges(b));
  }

  /** The optional static and embodied figures: all three fields or none. */
  private static MachineCharges machineCharges(JsonFields b) {
    if (!b.has("static_kwh") && !b.has("embodied_kg_co2e") && !b.has("embodied_charged")) {
      return null;
    }
    return new MachineCharges(b.number("static_kwh", false), b.number("embodied_kg_co2e", false),
        b.bool("embodied_charged"));
  }

  private static TrialRow trial(JsonFields t, boolean v2) {
    return new TrialRow(
        t.integer("id"),
        t.text("family"),
        configuration(t.object("configuration")),
        t.integer("rung"),
        t.number("fidelity", false),
        t.integer("training_rows"),
        status(t),
        t.text("failure_reason"),
        t.number("validation_accuracy", true),
        t.number("balanced_accuracy", true),
        t.number("training_j", true),
        t.number("training_kwh", true),
        t.number("training_kg_co2e", true),
        t.number("inference_j_per_prediction", true),
        t.raw("model_size_bytes").isNull() ? -1 : t.longInteger("model_size_bytes"),
        t.number("wall_s", false),
        t.bool("on_front"),
        v2 ? testScores(t) : Optional.empty(),
        place(t));
  }

  /** The trial's place; unknown in reports written before places were recorded. */
  private static TrialPlace place(JsonFields t) {
    if (!t.has("member")) {
      return TrialPlace.UNKNOWN;
    }
    return new TrialPlace(t.text("member"), t.text("region"), t.text("energy_method"),
        t.number("trial_j", false), t.number("trial_kg_co2e", false),
        t.number("placement_saved_g_co2e", false),
        t.has("member_static_j") ? t.number("member_static_j", false) : 0);
  }

  private static TrialStatus status(JsonFields t) {
    String text = t.text("status");
    try {
      return TrialStatus.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new JsonFields.FieldException(
          t.path("status") + " must be SUCCEEDED, FAILED or STOPPED, found \"" + text + "\"");
    }
  }

  private static Optional<TestScores> testScores(JsonFields t) {
    double accuracy = t.number("test_accuracy", true);
    double balanced = t.number("test_balanced_accuracy", true);
    if (Double.isNaN(accuracy) != Double.isNaN(balanced)) {
      throw new JsonFields.FieldException(t.path("test_accuracy")
          + " and test_balanced_accuracy must both be null or both be numbers");
    }
    return Double.isNaN(accuracy) ? Optional.empty()
        : Optional.of(new TestScores(accuracy, balanced));
  }

  private static Map<String, Object> configuration(JsonFields c) {
    Map<String, Object> values = new LinkedHashMap<>();
    c.node().properties().forEach(entry -> {
      JsonNode v = entry.getValue();
      Object value;
      if (v.isTextual()) {
        value = v.textValue();
      } else if (v.isBoolean()) {
        value = v.booleanValue();
      } else if (v.isIntegralNumber() && v.canConvertToInt()) {
        value = v.intValue();
      } else if (v.isFloatingPointNumber()) {
        value = v.doubleValue();
      } else {
        throw new JsonFields.FieldException(c.path(entry.getKey())
            + " must be a string, boolean, 32-bit integer or number, found " + JsonFields.kind(v));
      }
      values.put(entry.getKey(), value);
    });
    return values;
  }

  private static RegionEmission region(JsonFields r) {
    return new RegionEmission(
        r.text("region_code"),
        r.text("region_name"),
        r.number("g_co2e", false),
        r.text("source"),
        r.integer("year"));
  }

  private static Instant instant(JsonFields f, String name) {
    String text = f.text(name);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonFields.FieldException(
          f.path(name) + " must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, found \"" + text + "\"");
    }
  }
}
