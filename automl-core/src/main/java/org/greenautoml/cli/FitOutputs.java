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
    new EmissionsCsv(file).append(new EmissionsRun(p.finishedAt(), "greenautoml", runId, reading,
        accountant.footprintOf(reading), p.intensity(), p.pue(), Optional.empty(),
        OptionalInt.of(Runtime.getRuntime().availableProcessors()), OptionalDouble.empty()));
  }

  private static void saveModels(Path out, SearchResult result) {
    List<Integer> missing = ModelFiles.saveFront(out, result);
    if (!missing.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "no model to save for front trials " + missing
          + " (below full fidelity, trained in worker processes); they cannot be exported");
    }
  }
}
