package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.greenautoml.export.ModelStore;

/**
 * Writes a result's run directory (behind {@link SearchResult#writeTo}): {@value
 * RunReports#RUN_JSON}, the report ({@value ReportWriter#REPORT_JSON}, {@value
 * ReportWriter#TRIALS_CSV}, {@value ReportWriter#REPORT_HTML}), {@value #EMISSIONS_CSV} and the
 * front's models ({@link ModelStore}). Stateless and thread-safe.
 */
public final class RunFiles {

  /** The CodeCarbon-format log of the run. */
  public static final String EMISSIONS_CSV = "emissions.csv";

  private static final System.Logger LOG = System.getLogger(RunFiles.class.getName());

  private RunFiles() {}

  /**
   * Writes every file of {@code result}'s run directory into {@code directory}.
   *
   * @return the files written, models last
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(SearchResult result, Path directory) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(directory, "directory");
    List<Path> written = new ArrayList<>();
    written.add(RunReports.writeRunFacts(result, directory));
    RunReports.writeTiming(result, directory);
    if (result.carbonTimeline().isPresent()) {
      written.add(directory.resolve(RunReports.TIMING_JSON));
    }
    written.addAll(ReportWriter.write(RunReports.from(result), directory));
    written.add(writeEmissions(directory.resolve(EMISSIONS_CSV), result));
    List<Integer> missing = ModelStore.saveFront(directory, result);
    if (!missing.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "no model to save for front trials " + missing
          + " (below full fidelity, trained in worker processes); they cannot be exported");
    }
    for (int id : ModelStore.savedTrialIds(directory)) {
      written.add(directory.resolve(ModelStore.MODELS).resolve("trial-" + id + ".tribuo"));
    }
    return written;
  }

  /**
   * One CodeCarbon row for the whole search (a resumed search's row replaces the earlier one and
   * covers every part): the energy the ledger was charged, trials and overhead, all counted as
   * CPU energy (the power model's memory share is not split out), with the run's region and PUE.
   * The static share (part of that energy, as CodeCarbon's {@code cpu_energy} includes idle
   * power) is split out in {@code cpu_static_energy}, and the embodied share has its own column;
   * {@code emissions} stays operational.
   */
  static Path writeEmissions(Path file, SearchResult result) throws IOException {
    Provenance p = result.provenance();
    double staticJoules = result.budget().staticKWh() * EnergyReading.JOULES_PER_KWH;
    double joules = result.budget().spentKWh() * EnergyReading.JOULES_PER_KWH - staticJoules;
    double uncertainty = p.meterUncertainty().orElse(0);
    EnergyReading reading = new EnergyReading(Math.max(0, joules), 0, 0,
        Duration.between(p.startedAt(), p.finishedAt()), Duration.ZERO, p.meterMethod(),
        MeterScope.PROCESS, uncertainty);
    CarbonAccountant accountant = new CarbonAccountant(p.intensity(), p.pue());
    String runId = UUID.nameUUIDFromBytes((p.dataFingerprint() + "/" + p.seed() + "/"
        + p.startedAt()).getBytes(StandardCharsets.UTF_8)).toString();
    Files.deleteIfExists(file);
    if (result.carbonTimeline().isPresent()) {
      writeTimedEmissions(new EmissionsCsv(file), result, runId, uncertainty);
      return file;
    }
    new EmissionsCsv(file).append(new EmissionsRun(p.finishedAt(), "greenautoml", runId, reading,
        accountant.footprintOf(result.budget().spentKWh()), p.intensity(), p.pue(),
        Optional.empty(), OptionalInt.of(Runtime.getRuntime().availableProcessors()),
        OptionalDouble.empty(), staticJoules,
        result.budget().embodiedKgCO2e() > 0
            ? OptionalDouble.of(result.budget().embodiedKgCO2e()) : OptionalDouble.empty()));
    return file;
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
}
