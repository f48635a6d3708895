package org.greenautoml.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import org.greenautoml.Provenance;
import org.greenautoml.SearchResult;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.log.EmissionsCsv;
import org.greenautoml.energy.log.EmissionsRun;
import org.greenautoml.report.ReportWriter;
import org.greenautoml.report.RunReports;

/**
 * Writes what {@code fit} leaves in its run directory, after the search: {@code run.json}, the
 * report ({@code report.json}, {@code trials.csv}, {@code report.html}), {@code emissions.csv}
 * and the front's models.
 */
final class FitOutputs {

  /** The CodeCarbon-format log of the run. */
  static final String EMISSIONS_CSV = "emissions.csv";

  private static final System.Logger LOG = System.getLogger(FitOutputs.class.getName());

  private FitOutputs() {}

  static void write(Path out, SearchResult result, List<String> families, boolean resumed)
      throws IOException {
    RunReports.writeRunFacts(result, families, out);
    RunReports.writeTiming(result, out);
    ReportWriter.write(RunReports.from(result, families), out);
    writeEmissions(out.resolve(EMISSIONS_CSV), result);
    saveModels(out, result);
  }

  /**
   * One CodeCarbon row for the whole search (a resumed search's row replaces the earlier one and
   * covers every part): the energy the ledger was charged, trials and overhead, all counted as
   * CPU energy (the power model's memory share is not split out), with the run's region and PUE.
   */
  static void writeEmissions(Path file, SearchResult result) throws IOException {
    Provenance p = result.provenance();
    double joules = result.budget().spentKWh() * EnergyReading.JOULES_PER_KWH;
    double uncertainty = Double.isFinite(p.meterUncertainty()) ? p.meterUncertainty() : 0;
    EnergyReading reading = new EnergyReading(joules, 0, 0,
        Duration.between(p.startedAt(), p.finishedAt()), Duration.ZERO, p.meterMethod(),
        MeterScope.PROCESS, uncertainty);
    CarbonAccountant accountant = new CarbonAccountant(p.intensity(), p.pue());
    String runId = UUID.nameUUIDFromBytes((p.dataFingerprint() + "/" + p.seed() + "/"
        + p.startedAt()).getBytes(StandardCharsets.UTF_8)).toString();
    Files.deleteIfExists(file);
    if (result.carbonTimeline().isPresent()) {
      writeTimedEmissions(new EmissionsCsv(file), result, runId, uncertainty);
      return;
    }
    new EmissionsCsv(file).append(new EmissionsRun(p.finishedAt(), "greenautoml", runId, reading,
        accountant.footprintOf(reading), p.intensity(), p.pue(), Optional.empty(),
        OptionalInt.of(Runtime.getRuntime().availableProcessors()), OptionalDouble.empty()));
  }

  /**
   * With an intensity series, one row per trial that measured energy ({@code run_id} ends in
   * {@code /trial-N}, its timestamp is the trial's end, its emissions are at the intensity of the
   * time it ran) and one row for the rest ({@code /overhead}: the engine's overhead and trials
   * without a measurement), so that the rows add up to what the ledger was charged.
   */
  private static void writeTimedEmissions(EmissionsCsv csv, SearchResult result, String runId,
      double uncertainty) throws IOException {
    Provenance p = result.provenance();
    var timeline = result.carbonTimeline().orElseThrow();
    double trialsKg = 0;
    double trialsJoules = 0;
    for (var trial : result.trials()) {
      var span = timeline.span(trial.id());
      var grams = timeline.gramsPerKWh(trial.id());
      if (trial.metrics().isEmpty() || span.isEmpty() || grams.isEmpty()) {
        continue;
      }
      double joules = trial.metrics().get().trialJoules();
      double kg = joules / EnergyReading.JOULES_PER_KWH * p.pue().value()
          * grams.getAsDouble() / 1000;
      trialsKg += kg;
      trialsJoules += joules;
      csv.append(new EmissionsRun(span.get().to(), "greenautoml", runId + "/trial-" + trial.id(),
          new EnergyReading(joules, 0, 0, span.get().length(), Duration.ZERO, p.meterMethod(),
              MeterScope.THREAD, uncertainty),
          new org.greenautoml.energy.carbon.CarbonFootprint(kg, kg, kg), p.intensity(), p.pue(),
          Optional.empty(), OptionalInt.of(Runtime.getRuntime().availableProcessors()),
          OptionalDouble.empty()));
    }
    double restJoules =
        Math.max(0, result.budget().spentKWh() * EnergyReading.JOULES_PER_KWH - trialsJoules);
    double restKg = Math.max(0, result.budget().spentKgCO2e() - trialsKg);
    csv.append(new EmissionsRun(p.finishedAt(), "greenautoml", runId + "/overhead",
        new EnergyReading(restJoules, 0, 0, Duration.between(p.startedAt(), p.finishedAt()),
            Duration.ZERO, p.meterMethod(), MeterScope.PROCESS, uncertainty),
        new org.greenautoml.energy.carbon.CarbonFootprint(restKg, restKg, restKg), p.intensity(),
        p.pue(), Optional.empty(), OptionalInt.of(Runtime.getRuntime().availableProcessors()),
        OptionalDouble.empty()));
  }

  private static void saveModels(Path out, SearchResult result) {
    List<Integer> missing = ModelFiles.saveFront(out, result);
    if (!missing.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "no model to save for front trials " + missing
          + " (below full fidelity, trained in worker processes); they cannot be exported");
    }
  }
}
