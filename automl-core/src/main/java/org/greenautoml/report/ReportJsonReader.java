package org.greenautoml.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.List;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.BudgetStatement;
import org.greenautoml.MachineCharges;
import org.greenautoml.report.ProvenanceJson.Form;
import org.greenautoml.search.execute.StopReason;
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
    JsonFields budget = r.object("budget");
    Optional<TestSet> testSet = v2 && !r.raw("test_set").isNull()
        ? Optional.of(testSet(r.object("test_set"))) : Optional.empty();
    return new RunReport(
        version,
        ProvenanceJson.read(r.object("provenance"), r.object("energy"), testSet, Form.REPORT),
        budget(budget),
        stopReason(budget),
        new GridSearchEstimate(budget.raw("estimated_grid_search_kwh").isNull()
            ? OptionalDouble.empty()
            : OptionalDouble.of(budget.number("estimated_grid_search_kwh", false)),
            budget.longInteger("grid_search_configurations")),
        r.array("trials", e -> trial(e.asObject(), v2)),
        r.array("front_trial_ids", JsonFields.Element::asInt),
        r.array("region_comparison", e -> region(e.asObject())),
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

  private static BudgetStatement budget(JsonFields b) {
    return new BudgetStatement(
        b.number("budget_kg_co2e", false),
        b.number("spent_kg_co2e", false),
        b.number("spent_kwh", false),
        b.number("overhead_kwh", false),
        machineCharges(b));
  }

  /** The stop reason, whose words ({@link RunReports#describe}) the report holds. */
  private static StopReason stopReason(JsonFields b) {
    String words = b.text("stop_reason");
    return Arrays.stream(StopReason.values())
        .filter(r -> RunReports.describe(r).equals(words))
        .findFirst()
        .orElseThrow(() -> new JsonFields.FieldException(b.path("stop_reason")
            + " must be a stop reason in words such as \"budget exhausted\", found \"" + words
            + "\""));
  }

  /** The optional static and embodied figures: all three fields or none. */
  private static Optional<MachineCharges> machineCharges(JsonFields b) {
    if (!b.has("static_kwh") && !b.has("embodied_kg_co2e") && !b.has("embodied_charged")) {
      return Optional.empty();
    }
    return Optional.of(new MachineCharges(b.number("static_kwh", false), b.number("embodied_kg_co2e", false),
        b.bool("embodied_charged")));
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
        figures(t),
        t.number("wall_s", false),
        t.bool("on_front"),
        v2 ? testScores(t) : Optional.empty(),
        place(t));
  }

  /**
   * A trial's figures: all null (a trial that did not succeed) or all numbers but the model size,
   * which may be null (not measured); the kWh must be the joules / 3.6e6.
   */
  private static Optional<TrialRow.Figures> figures(JsonFields t) {
    List<String> names = List.of("validation_accuracy", "balanced_accuracy", "training_j",
        "training_kwh", "training_kg_co2e", "inference_j_per_prediction");
    long nulls = names.stream().filter(n -> t.raw(n).isNull()).count();
    if (nulls == names.size() && t.raw("model_size_bytes").isNull()) {
      return Optional.empty();
    }
    if (nulls > 0) {
      throw new JsonFields.FieldException(t.path("validation_accuracy") + " and the other figures"
          + " of a trial must all be numbers or all be null, found " + nulls + " null of "
          + names.size());
    }
    double joules = t.number("training_j", false);
    double kWh = t.number("training_kwh", false);
    if (Math.abs(joules - kWh * EnergyReading.JOULES_PER_KWH) > 1e-6 * Math.max(joules, 1e-9)) {
      throw new JsonFields.FieldException(t.path("training_kwh") + " must be training_j / 3.6e6 = "
          + joules / EnergyReading.JOULES_PER_KWH + ", found " + kWh);
    }
    return Optional.of(new TrialRow.Figures(t.number("validation_accuracy", false),
        t.number("balanced_accuracy", false), joules, t.number("training_kg_co2e", false),
        t.number("inference_j_per_prediction", false),
        t.raw("model_size_bytes").isNull() ? OptionalLong.empty()
            : OptionalLong.of(t.longInteger("model_size_bytes")),
        t.has("validation_folds") ? t.integer("validation_folds") : 1,
        t.has("validation_accuracy_standard_error")
            ? t.number("validation_accuracy_standard_error", false) : 0.0));
  }

  /** The trial's place; unknown in reports written before places were recorded. */
  private static Optional<TrialPlace> place(JsonFields t) {
    if (!t.has("member")) {
      return Optional.empty();
    }
    return Optional.of(new TrialPlace(t.text("member"), t.text("region"), t.text("energy_method"),
        t.number("trial_j", false), t.number("trial_kg_co2e", false),
        t.number("placement_saved_g_co2e", false),
        t.has("member_static_j") ? t.number("member_static_j", false) : 0));
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
}
