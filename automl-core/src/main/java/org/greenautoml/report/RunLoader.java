package org.greenautoml.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenautoml.BudgetStatement;
import org.greenautoml.Provenance;
import org.greenautoml.SearchResult;
import org.greenautoml.TestScores;
import org.greenautoml.TrialRecord;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.energy.carbon.UnknownRegionException;
import org.greenautoml.search.execute.StopReason;

/**
 * Loads a run directory as a {@link SearchResult} (behind {@link SearchResult#load}): the trials
 * from the journal, read without writing ({@link JournalTrials}), and the provenance, budget, stop
 * reason, front, grid sizes and test scores from {@value RunReports#RUN_JSON}.
 */
final class RunLoader {

  private RunLoader() {}

  static SearchResult load(Path runDirectory) throws IOException {
    for (String name : List.of(RunReports.JOURNAL, RunReports.RUN_JSON)) {
      if (!Files.isRegularFile(runDirectory.resolve(name))) {
        throw new NoSuchFileException(runDirectory.resolve(name).toString(), null,
            "not a run directory of greenautoml fit (it has no " + name + ")");
      }
    }
    Path runJson = runDirectory.resolve(RunReports.RUN_JSON);
    RunFacts facts = RunFactsJson.read(runJson);
    List<TrialRecord> trials = withTestScores(
        JournalTrials.read(runDirectory.resolve(RunReports.JOURNAL)), facts.testScores());
    try {
      Map<Integer, TrialRecord> byId = new LinkedHashMap<>();
      trials.forEach(t -> byId.put(t.id(), t));
      List<TrialRecord> front = new ArrayList<>();
      for (int id : facts.frontTrialIds()) {
        TrialRecord member = byId.get(id);
        if (member == null || !member.succeeded()) {
          throw new IllegalArgumentException(
              "front trial " + id + " must be a succeeded trial of the journal");
        }
        front.add(member);
      }
      double frontFidelity = front.stream().mapToDouble(TrialRecord::fidelity).max().orElse(1.0);
      BudgetStatement budget = facts.machineCharges()
          .map(c -> new BudgetStatement(facts.budgetKgCO2e(), facts.spentKgCO2e(),
              facts.spentKWh() - facts.overheadKWh(), facts.overheadKWh(), c.staticKWh(),
              c.embodiedKgCO2e(), c.embodiedCharged()))
          .orElseGet(() -> new BudgetStatement(facts.budgetKgCO2e(), facts.spentKgCO2e(),
              facts.spentKWh() - facts.overheadKWh(), facts.overheadKWh()));
      return new SearchResult(trials, front, frontFidelity, stopReason(facts.stopReason()),
          budget, provenance(facts), Map.of(), Map.of(), Optional.empty(),
          facts.gridConfigurations(), Optional.of(runDirectory), java.util.Set.of(),
          RunReports.readTiming(runDirectory.resolve(RunReports.TIMING_JSON))
              .map(TimingReport::toTimeline));
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(runDirectory.resolve(RunReports.JOURNAL),
          "its trials do not agree with " + RunReports.RUN_JSON + ": " + e.getMessage(), e);
    }
  }

  private static List<TrialRecord> withTestScores(
      List<TrialRecord> trials, Map<Integer, TestScores> scores) {
    return trials.stream()
        .map(t -> scores.containsKey(t.id()) ? t.withTestScores(scores.get(t.id())) : t)
        .toList();
  }

  /** The stop reason whose words ({@link RunReports#describe}) run.json holds. */
  private static StopReason stopReason(String words) {
    return Arrays.stream(StopReason.values())
        .filter(r -> RunReports.describe(r).equals(words))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown stop reason \"" + words + "\""));
  }

  private static Provenance provenance(RunFacts facts) {
    ReportProvenance p = facts.provenance();
    EnergyContext e = facts.energy();
    Provenance provenance = new Provenance(p.seed(), p.datasetName(), p.dataFingerprint(),
        p.rows(), p.features(), p.classes(), p.schedulerName(), p.objectives(),
        EnergyMethod.valueOf(e.meterMethod()), e.meterDescription(), e.relativeUncertainty(),
        intensity(e), new Pue(e.pue(), e.pueSource()),
        Map.of("greenautoml", p.greenautomlVersion(), "tribuo", p.tribuoVersion(),
            "java", p.javaVersion(), "os", p.osName()),
        p.startedAt(), p.finishedAt());
    return facts.testSet().map(provenance::withTestSet).orElse(provenance);
  }

  /**
   * The intensity the run used; its low-high band is the bundled table's when the region and
   * central value match it (run.json keeps only the central value), else the central value.
   */
  private static CarbonIntensity intensity(EnergyContext e) {
    try {
      CarbonIntensity bundled = CarbonRegions.bundled().lookup(e.regionCode());
      if (bundled.gramsCO2ePerKWh() == e.intensityGramsPerKWh()
          && bundled.source().equals(e.intensitySource())) {
        return bundled;
      }
    } catch (UnknownRegionException unknownRegion) {
      // a region of a newer table, or a custom intensity: keep the central value only
    }
    return new CarbonIntensity(e.regionCode(), e.regionName(), e.intensityGramsPerKWh(),
        e.intensityGramsPerKWh(), e.intensityGramsPerKWh(), e.intensitySource(),
        e.intensityYear());
  }
}
