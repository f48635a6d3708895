package org.greenautoml.report;

import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.SchedulerKind;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.TestScores;
import org.greenautoml.TestSet;

/**
 * What a report needs beyond the trials, saved by {@code fit} as {@value RunReports#RUN_JSON} so
 * that {@code report DIR} can re-render the report from the journal's trials.
 *
 * @param provenance where the results come from
 * @param energy how energy was measured and converted to carbon
 * @param budgetKgCO2e the budget the user gave
 * @param spentKgCO2e what the ledger charged, trials and overhead
 * @param spentKWh energy of trials and overhead, before PUE
 * @param overheadKWh the engine's own overhead, part of {@code spentKWh}
 * @param stopReason why the search stopped, in words
 * @param frontTrialIds the Pareto front's trial ids, most accurate first
 * @param gridConfigurations per searched family, how many configurations grid search over its
 *     space would train ({@value SchedulerKind#GRID_POINTS_PER_PARAMETER} points per numeric
 *     parameter, every categorical value)
 * @param testScores the front trials' scores on the test set, by trial id; empty when none
 * @param testSetOrNull the test set the front was scored on, or null (Jackson's form of an
 *     absent value; read it through {@link #testSet()})
 * @param machineChargesOrNull the static and embodied shares, or null in a run file written
 *     before they were recorded (read it through {@link #machineCharges()})
 */
record RunFacts(
    ReportProvenance provenance,
    EnergyContext energy,
    double budgetKgCO2e,
    double spentKgCO2e,
    double spentKWh,
    double overheadKWh,
    String stopReason,
    List<Integer> frontTrialIds,
    Map<String, Long> gridConfigurations,
    Map<Integer, TestScores> testScores,
    @JsonProperty("test_set") TestSet testSetOrNull,
    @JsonProperty("machine_charges") @JsonInclude(JsonInclude.Include.NON_NULL)
        MachineCharges machineChargesOrNull) {

  /** Checks and copies the parts. */
  RunFacts {
    requireNonNull(provenance, "provenance must not be null");
    requireNonNull(energy, "energy context must not be null");
    requireNonNull(stopReason, "stop reason must not be null");
    frontTrialIds = List.copyOf(requireNonNull(frontTrialIds, "front trial ids must not be null"));
    gridConfigurations =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(gridConfigurations, "grid configurations")));
    testScores = testScores == null ? Map.of() : Map.copyOf(testScores);
    gridConfigurations.forEach(
        (family, count) -> {
          if (count == null || count < 0) {
            throw new IllegalArgumentException(
                "grid configurations of " + family + " must be non-negative, found " + count);
          }
        });
  }

  /** The test set the front was scored on, if it was. */
  Optional<TestSet> testSet() {
    return Optional.ofNullable(testSetOrNull);
  }

  /** The static and embodied shares, where the run recorded them. */
  Optional<MachineCharges> machineCharges() {
    return Optional.ofNullable(machineChargesOrNull);
  }

  /** The kg CO2e one metered kWh cost in this run: PUE x intensity. */
  double kgPerKWh() {
    return CarbonAccountant.kgCO2eOf(1.0, energy.pue(), energy.intensityGramsPerKWh());
  }

  /** The run's wall-clock time in seconds. */
  double wallSeconds() {
    return java.time.Duration.between(provenance.startedAt(), provenance.finishedAt()).toNanos()
        / 1e9;
  }
}
