package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.greenautoml.BudgetStatement;
import org.greenautoml.Provenance;
import org.greenautoml.search.execute.StopReason;
import java.util.stream.Collectors;

/**
 * Everything the report of one run shows, in the engine's own types: the search's {@link
 * Provenance} (data, seed, versions, meter, carbon intensity, PUE, test set) and {@link
 * BudgetStatement}, why it stopped, every trial as the report shows it, the ids of the Pareto
 * front, the grid-search estimate, and what the same energy would have emitted in other regions.
 * This is the input of {@link ReportWriter} and the output of {@link ReportReader}; its JSON form
 * is documented in {@code docs/report-schema.md}. Immutable and thread-safe.
 *
 * @param schemaVersion the schema version it was read from, {@value #OLDEST_READABLE_VERSION} to
 *     {@link #SCHEMA_VERSION}
 * @param provenance where the results come from and how energy became carbon
 * @param budget the carbon budget and what was spent
 * @param stopReason why the search stopped
 * @param gridSearch what grid search over the same space would have spent
 * @param trials every trial, with unique ids
 * @param frontTrialIds the ids of the trials on the Pareto front, exactly those whose
 *     {@link TrialRow#onFront()} is true
 * @param regionComparison what the run's energy would have emitted in other regions; may be empty
 * @param timing the carbon-aware timing section, when the search had an intensity series
 */
public record RunReport(
    int schemaVersion,
    Provenance provenance,
    BudgetStatement budget,
    StopReason stopReason,
    GridSearchEstimate gridSearch,
    List<TrialRow> trials,
    List<Integer> frontTrialIds,
    List<RegionEmission> regionComparison,
    Optional<TimingReport> timing) {

  /** The version of the report schema this code writes; it reads this one and version 1. */
  public static final int SCHEMA_VERSION = 2;

  /** The oldest schema version this code reads. */
  public static final int OLDEST_READABLE_VERSION = 1;

  /** Validates the parts and that the front ids agree with the trials' front flags. */
  public RunReport {
    if (schemaVersion < OLDEST_READABLE_VERSION || schemaVersion > SCHEMA_VERSION) {
      throw new IllegalArgumentException("schema version must be " + OLDEST_READABLE_VERSION
          + " to " + SCHEMA_VERSION + ", found " + schemaVersion);
    }
    requireNonNull(provenance, "provenance must not be null");
    requireNonNull(budget, "budget must not be null");
    requireNonNull(stopReason, "stop reason must not be null");
    requireNonNull(gridSearch, "grid search estimate must not be null");
    trials = List.copyOf(requireNonNull(trials, "trials must not be null"));
    frontTrialIds = List.copyOf(requireNonNull(frontTrialIds, "front trial ids must not be null"));
    regionComparison =
        List.copyOf(requireNonNull(regionComparison, "region comparison must not be null"));
    requireNonNull(timing, "timing must not be null");
    checkFront(trials, frontTrialIds);
  }

  /** What was left of the budget, in kg CO2e: negative when the run overspent. */
  public double remainingKgCO2e() {
    return budget.budgetKgCO2e() - budget.spentKgCO2e();
  }

  /** The front's trials, in the order of {@link #frontTrialIds()}. */
  public List<TrialRow> frontTrials() {
    Map<Integer, TrialRow> byId =
        trials.stream().collect(Collectors.toMap(TrialRow::id, Function.identity()));
    return frontTrialIds.stream().map(byId::get).toList();
  }

  /** The trial with {@code id}, if there is one. */
  public Optional<TrialRow> trial(int id) {
    return trials.stream().filter(t -> t.id() == id).findFirst();
  }

  private static void checkFront(List<TrialRow> trials, List<Integer> frontIds) {
    Set<Integer> ids = new HashSet<>();
    Set<Integer> flagged = new HashSet<>();
    for (TrialRow trial : trials) {
      requireNonNull(trial, "trials must not contain null");
      if (!ids.add(trial.id())) {
        throw new IllegalArgumentException("trial ids must be unique, found " + trial.id() + " twice");
      }
      if (trial.onFront()) {
        flagged.add(trial.id());
      }
    }
    Set<Integer> front = new HashSet<>();
    for (Integer id : frontIds) {
      requireNonNull(id, "front trial ids must not contain null");
      if (!front.add(id)) {
        throw new IllegalArgumentException("front trial ids must be unique, found " + id + " twice");
      }
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("front trial id must name a trial, found " + id);
      }
    }
    if (!front.equals(flagged)) {
      throw new IllegalArgumentException(
          "front trial ids must be the trials flagged onFront " + sorted(flagged) + ", found "
              + sorted(front));
    }
  }

  private static List<Integer> sorted(Set<Integer> ids) {
    return ids.stream().sorted().toList();
  }
}
