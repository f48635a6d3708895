package org.greenautoml.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.BudgetStatement;
import org.greenautoml.MachineCharges;
import org.greenautoml.SearchResult;
import org.greenautoml.TestScores;
import org.greenautoml.TestSet;
import org.greenautoml.TrialRecord;
import org.greenautoml.report.ProvenanceJson.Form;
import org.greenautoml.search.execute.StopReason;

/**
 * The run facts ({@value RunReports#RUN_JSON}): what a run directory holds beyond the journal's
 * trials, so that {@link SearchResult#load} can rebuild the result. Written from a {@link
 * SearchResult} and read back into one; no type of its own.
 *
 * <p>Version {@value #VERSION}: {@code "run_facts_version"} and {@code "facts"} with the
 * provenance and energy objects ({@link ProvenanceJson}), the budget's figures, the stop reason
 * as its {@link StopReason} name, the front's ids, the grid sizes, the test scores and set, and
 * the machine charges. Versions 1 (no test scores or set) and 2 (the stop reason in words, {@link
 * RunReports#describe}) are still read.
 */
final class RunFactsJson {

  static final int VERSION = 3;

  private RunFactsJson() {}

  static void write(SearchResult result, Path file) throws IOException {
    ObjectNode root = ReportWriter.mapper().createObjectNode();
    root.put("run_facts_version", VERSION);
    ObjectNode facts = root.putObject("facts");
    facts.set("provenance", ProvenanceJson.provenance(result.provenance(), Form.RUN_FACTS));
    facts.set("energy", ProvenanceJson.energy(result.provenance(), Form.RUN_FACTS));
    BudgetStatement budget = result.budget();
    facts.put("budget_kg_co2e", budget.budgetKgCO2e());
    facts.put("spent_kg_co2e", budget.spentKgCO2e());
    facts.put("spent_kwh", budget.spentKWh());
    facts.put("overhead_kwh", budget.overheadKWh());
    facts.put("stop_reason", result.stopReason().name());
    ArrayNode front = facts.putArray("front_trial_ids");
    result.front().forEach(t -> front.add(t.id()));
    ObjectNode grid = facts.putObject("grid_configurations");
    result.gridConfigurations().forEach(grid::put);
    ObjectNode scores = facts.putObject("test_scores");
    result.trials().forEach(t -> t.testScores().ifPresent(s -> scores.putObject(
        Integer.toString(t.id())).put("accuracy", s.accuracy())
        .put("balanced_accuracy", s.balancedAccuracy())));
    result.provenance().testSet().ifPresentOrElse(test -> facts.putObject("test_set")
        .put("name", test.name()).put("fingerprint", test.fingerprint()).put("rows", test.rows()),
        () -> facts.putNull("test_set"));
    budget.machineCharges().ifPresent(c -> facts.putObject("machine_charges")
        .put("static_kwh", c.staticKWh()).put("embodied_kg_co2e", c.embodiedKgCO2e())
        .put("embodied_charged", c.embodiedCharged()));
    AtomicFiles.write(file.getParent(), file.getFileName().toString(), out -> {
      ReportWriter.mapper().writeValue(out, root);
      out.write('\n');
    });
  }

  /**
   * A builder of the result whose facts {@code file} holds and whose trials the journal gave:
   * the trials with their test scores, the front resolved among them.
   *
   * @throws ReportFormatException if the file is not valid run facts of versions 1 to {@value
   *     #VERSION}, or its front does not name succeeded trials of the journal
   */
  static SearchResult.Builder read(Path file, List<TrialRecord> journalTrials) throws IOException {
    JsonNode root;
    try {
      root = ReportWriter.mapper().readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ReportFormatException(file, "not a valid run file: " + e.getOriginalMessage(), e);
    }
    try {
      JsonFields top = new JsonFields(root, "");
      int version = top.integer("run_facts_version");
      if (version < 1 || version > VERSION) {
        throw new JsonFields.FieldException(
            "run_facts_version must be 1 to " + VERSION + ", found " + version);
      }
      return builder(top.object("facts"), version, journalTrials);
    } catch (JsonFields.FieldException | IllegalArgumentException e) {
      throw new ReportFormatException(file, e.getMessage(), e);
    }
  }

  private static SearchResult.Builder builder(
      JsonFields f, int version, List<TrialRecord> journalTrials) {
    Map<Integer, TestScores> scores = new LinkedHashMap<>();
    if (f.has("test_scores") && !f.raw("test_scores").isNull()) {
      JsonFields s = f.object("test_scores");
      s.node().properties().forEach(e -> scores.put(Integer.valueOf(e.getKey()),
          new TestScores(s.object(e.getKey()).number("accuracy", false),
              s.object(e.getKey()).number("balanced_accuracy", false))));
    }
    Map<Integer, TrialRecord> byId = new LinkedHashMap<>();
    journalTrials.forEach(t -> byId.put(t.id(),
        scores.containsKey(t.id()) ? t.withTestScores(scores.get(t.id())) : t));
    List<TrialRecord> front = new ArrayList<>();
    for (int id : f.array("front_trial_ids", JsonFields.Element::asInt)) {
      TrialRecord member = byId.get(id);
      if (member == null || !member.succeeded()) {
        throw new IllegalArgumentException("front trial " + id
            + " must be a succeeded trial of the journal, found " + member);
      }
      front.add(member);
    }
    Optional<TestSet> testSet = !f.has("test_set") || f.raw("test_set").isNull()
        ? Optional.empty()
        : Optional.of(new TestSet(f.object("test_set").text("name"),
            f.object("test_set").text("fingerprint"), f.object("test_set").integer("rows")));
    Optional<MachineCharges> machine = !f.has("machine_charges")
        ? Optional.empty()
        : Optional.of(new MachineCharges(f.object("machine_charges").number("static_kwh", false),
            f.object("machine_charges").number("embodied_kg_co2e", false),
            f.object("machine_charges").bool("embodied_charged")));
    BudgetStatement budget = new BudgetStatement(f.number("budget_kg_co2e", false),
        f.number("spent_kg_co2e", false), f.number("spent_kwh", false),
        f.number("overhead_kwh", false), machine);
    Map<String, Long> grid = new LinkedHashMap<>();
    JsonFields g = f.object("grid_configurations");
    g.node().properties().forEach(e -> grid.put(e.getKey(), g.longInteger(e.getKey())));
    double frontFidelity = front.stream().mapToDouble(TrialRecord::fidelity).max().orElse(1.0);
    return SearchResult.builder(List.copyOf(byId.values()), front, frontFidelity,
            stopReason(f, version), budget,
            ProvenanceJson.read(f.object("provenance"), f.object("energy"), testSet, Form.RUN_FACTS))
        .gridConfigurations(grid);
  }

  /** The stop reason: its name from version 3 on, its words ({@link RunReports#describe}) before. */
  private static StopReason stopReason(JsonFields f, int version) {
    String text = f.text("stop_reason");
    return Arrays.stream(StopReason.values())
        .filter(r -> version >= 3 ? r.name().equals(text) : RunReports.describe(r).equals(text))
        .findFirst()
        .orElseThrow(() -> new JsonFields.FieldException(f.path("stop_reason")
            + " must be " + (version >= 3 ? "a stop reason's name" : "a stop reason in words")
            + " such as " + (version >= 3 ? "BUDGET" : "\"budget exhausted\"")
            + ", found \"" + text + "\""));
  }
}
