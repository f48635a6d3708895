package org.greenautoml.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.greenautoml.TestScores;
import org.greenautoml.BudgetStatement;
import org.greenautoml.report.ProvenanceJson.Form;

/**
 * Maps a {@link RunReport} to the JSON tree of schema version {@value RunReport#SCHEMA_VERSION}
 * ({@code docs/report-schema.md}), whatever version the report was read from. Field order is fixed
 * so that the same report always gives the same bytes; an absent figure is null.
 */
final class ReportJsonWriter {

  static final String SCHEMA_NAME = "greenautoml-report";

  private final ObjectMapper mapper;

  ReportJsonWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode toJson(RunReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA_NAME);
    root.put("schema_version", RunReport.SCHEMA_VERSION);
    root.set("provenance", ProvenanceJson.provenance(report.provenance(), Form.REPORT));
    report.provenance().testSet().ifPresentOrElse(test -> {
      ObjectNode node = root.putObject("test_set");
      node.put("name", test.name());
      node.put("rows", test.rows());
      node.put("fingerprint", test.fingerprint());
    }, () -> root.putNull("test_set"));
    root.set("energy", ProvenanceJson.energy(report.provenance(), Form.REPORT));
    root.set("budget", budget(report));
    ArrayNode trials = root.putArray("trials");
    report.trials().forEach(t -> {
      ObjectNode node = trial(t);
      report.timing().map(timing -> timing.trials().get(t.id())).ifPresent(timing -> node
          .put("started_at", timing.startedAt().toString())
          .put("ended_at", timing.endedAt().toString())
          .put("intensity_g_per_kwh", timing.gramsPerKWh()));
      trials.add(node);
    });
    ArrayNode front = root.putArray("front_trial_ids");
    report.frontTrialIds().forEach(front::add);
    ArrayNode regions = root.putArray("region_comparison");
    report.regionComparison().forEach(r -> regions.add(region(r)));
    report.timing().ifPresent(t -> root.set("carbon_timing", t.toJson()));
    if (report.trials().stream().allMatch(t -> t.place().isEmpty())) {
      return root; // a report of trials whose places were not recorded
    }
    ArrayNode members = root.putArray("members");
    MemberSum.of(report.trials()).forEach(m -> {
      ObjectNode node = members.addObject();
      node.put("member", m.member());
      node.put("region", m.region());
      node.put("energy_method", m.energyMethod());
      node.put("trials", m.trials());
      node.put("energy_j", m.joules());
      node.put("static_j", m.staticJoules());
      node.put("kg_co2e", m.kgCO2e());
    });
    root.put("placement_saved_g_co2e", MemberSum.savedGrams(report.trials()));
    return root;
  }

  /** The configuration as a JSON object, in its order; also used by the CSV. */
  ObjectNode configuration(Map<String, Object> configuration) {
    ObjectNode node = mapper.createObjectNode();
    configuration.forEach((name, value) -> node.set(name, mapper.valueToTree(value)));
    return node;
  }

  private ObjectNode budget(RunReport report) {
    BudgetStatement b = report.budget();
    ObjectNode node = mapper.createObjectNode();
    node.put("budget_kg_co2e", b.budgetKgCO2e());
    node.put("spent_kg_co2e", b.spentKgCO2e());
    node.put("spent_kwh", b.spentKWh());
    node.put("overhead_kwh", b.overheadKWh());
    node.put("remaining_kg_co2e", report.remainingKgCO2e());
    node.put("stop_reason", RunReports.describe(report.stopReason()));
    node.put("wall_s", report.provenance().wallSeconds());
    report.gridSearch().kWh().ifPresentOrElse(
        kWh -> node.put("estimated_grid_search_kwh", kWh),
        () -> node.putNull("estimated_grid_search_kwh"));
    node.put("grid_search_configurations", report.gridSearch().configurations());
    b.machineCharges().ifPresent(c -> {
      node.put("static_kwh", c.staticKWh());
      node.put("embodied_kg_co2e", c.embodiedKgCO2e());
      node.put("embodied_charged", c.embodiedCharged());
    });
    return node;
  }

  private ObjectNode trial(TrialRow t) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", t.id());
    node.put("family", t.family());
    node.set("configuration", configuration(t.configuration()));
    node.put("rung", t.rung());
    node.put("fidelity", t.fidelity());
    node.put("training_rows", t.trainingRows());
    node.put("status", t.status().name());
    node.put("failure_reason", t.failureReason());
    Optional<TrialRow.Figures> f = t.figures();
    putNullable(node, "validation_accuracy", f.map(TrialRow.Figures::validationAccuracy));
    putNullable(node, "balanced_accuracy", f.map(TrialRow.Figures::balancedAccuracy));
    f.ifPresentOrElse(figures -> node.put("validation_folds", figures.validationFolds()),
        () -> node.putNull("validation_folds"));
    putNullable(node, "validation_accuracy_standard_error",
        f.map(TrialRow.Figures::validationStandardError));
    putNullable(node, "training_j", f.map(TrialRow.Figures::trainingJoules));
    putNullable(node, "training_kwh", f.map(TrialRow.Figures::trainingKWh));
    putNullable(node, "training_kg_co2e", f.map(TrialRow.Figures::trainingKgCO2e));
    putNullable(node, "inference_j_per_prediction",
        f.map(TrialRow.Figures::inferenceJoulesPerPrediction));
    OptionalLong size = f.map(TrialRow.Figures::modelSizeBytes).orElse(OptionalLong.empty());
    size.ifPresentOrElse(bytes -> node.put("model_size_bytes", bytes),
        () -> node.putNull("model_size_bytes"));
    node.put("wall_s", t.wallSeconds());
    node.put("on_front", t.onFront());
    putNullable(node, "test_accuracy", t.testScores().map(TestScores::accuracy));
    putNullable(node, "test_balanced_accuracy", t.testScores().map(TestScores::balancedAccuracy));
    if (t.place().isEmpty()) {
      return node;
    }
    TrialPlace place = t.place().get();
    node.put("member", place.member());
    node.put("region", place.region());
    node.put("energy_method", place.energyMethod());
    node.put("trial_j", place.trialJoules());
    node.put("trial_kg_co2e", place.kgCO2e());
    node.put("placement_saved_g_co2e", place.savedGrams());
    if (place.staticJoules() > 0) {
      node.put("member_static_j", place.staticJoules());
    }
    return node;
  }

  private ObjectNode region(RegionEmission r) {
    ObjectNode node = mapper.createObjectNode();
    node.put("region_code", r.regionCode());
    node.put("region_name", r.regionName());
    node.put("g_co2e", r.gramsCO2e());
    node.put("source", r.source());
    node.put("year", r.year());
    return node;
  }

  private static void putNullable(ObjectNode node, String name, Optional<Double> value) {
    value.ifPresentOrElse(v -> node.put(name, v), () -> node.putNull(name));
  }
}
