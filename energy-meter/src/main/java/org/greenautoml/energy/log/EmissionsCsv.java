package org.greenautoml.energy.log;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonIntensity;

/**
 * Appends runs to an {@code emissions.csv} with CodeCarbon's columns (CodeCarbon {@code
 * EmissionsData}, v2) and units, so that dashboards made for CodeCarbon read our runs: duration in
 * s, emissions in kg CO2e, emissions_rate in kg/s, powers in W, energies in kWh, ram_total_size in
 * GB, timestamp {@code yyyy-MM-ddTHH:mm:ss} in UTC. Cells we do not know (experiment_id,
 * python_version, codecarbon_version, GPU, coordinates, ...) are left empty. tracking_mode is
 * {@code machine} for MACHINE-scoped readings and {@code process} otherwise (a THREAD-scoped reading
 * is a part of the process). The header is written when the file is new or empty; appending to a
 * file with another header is an error. Thread-safe (appends are synchronized per writer).
 *
 * <p>After CodeCarbon's columns come ours ({@link #EXTRA_COLUMNS}): {@code cpu_dynamic_energy}
 * and {@code cpu_static_energy} (kWh; their sum is {@code cpu_energy}, which keeps CodeCarbon's
 * meaning: the CPU's energy, idle power included), {@code embodied_emissions} (kg CO2e, empty when
 * not computed; never part of {@code emissions}, which stays operational), {@code energy_method}
 * and {@code energy_uncertainty} (relative). A file written before these columns existed (the 32
 * CodeCarbon columns alone) is appended to in its own layout.
 */
public final class EmissionsCsv {

  /** CodeCarbon's columns, in its order. */
  public static final List<String> COLUMNS =
      List.of(
          "timestamp", "project_name", "run_id", "experiment_id", "duration", "emissions",
          "emissions_rate", "cpu_power", "gpu_power", "ram_power", "cpu_energy", "gpu_energy",
          "ram_energy", "energy_consumed", "country_name", "country_iso_code", "region",
          "cloud_provider", "cloud_region", "os", "python_version", "codecarbon_version",
          "cpu_count", "cpu_model", "gpu_count", "gpu_model", "longitude", "latitude",
          "ram_total_size", "tracking_mode", "on_cloud", "pue");

  /** Our columns, after CodeCarbon's. */
  public static final List<String> EXTRA_COLUMNS =
      List.of("cpu_dynamic_energy", "cpu_static_energy", "embodied_emissions", "energy_method",
          "energy_uncertainty");

  private static final String CODECARBON_HEADER = String.join(",", COLUMNS);
  private static final String HEADER = CODECARBON_HEADER + "," + String.join(",", EXTRA_COLUMNS);
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Path file;

  public EmissionsCsv(Path file) {
    this.file = requireNonNull(file, "file");
  }

  /** Appends one run, writing the header first if the file is new or empty. */
  public synchronized void append(EmissionsRun run) {
    requireNonNull(run, "run");
    try {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      boolean codeCarbonOnly = !fresh && checkHeader();
      try (Writer out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        if (fresh) {
          out.write(HEADER + "\n");
        }
        List<String> cells = row(run);
        out.write(String.join(",", codeCarbonOnly ? cells.subList(0, COLUMNS.size()) : cells) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /** True when the file has CodeCarbon's columns only; an error when it has another header. */
  private boolean checkHeader() throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      String header = first == null ? "" : first.replace("\uFEFF", "");
      if (header.equals(CODECARBON_HEADER)) {
        return true;
      }
      if (!header.equals(HEADER)) {
        throw new EnergyException(
            file + " line 1: must be the CodeCarbon header '" + HEADER + "', found '" + first
                + "'; write to a new file");
      }
      return false;
    }
  }

  static List<String> row(EmissionsRun run) {
    EnergyReading r = run.reading();
    double seconds = r.wallTime().toNanos() / 1e9;
    CarbonIntensity ci = run.intensity();
    String code = ci.regionCode();
    boolean cloud = code.contains(":");
    boolean country = code.matches("[A-Z]{3}");
    List<String> cells = new ArrayList<>(COLUMNS.size() + EXTRA_COLUMNS.size());
    cells.add(TIMESTAMP.format(run.timestamp()));
    cells.add(text(run.projectName()));
    cells.add(text(run.runId()));
    cells.add("");
    cells.add(number(seconds));
    cells.add(number(run.footprint().kgCO2e()));
    cells.add(seconds > 0 ? number(run.footprint().kgCO2e() / seconds) : "");
    cells.add(power(run.cpuJoules(), seconds));
    cells.add(power(r.gpuJoules(), seconds));
    cells.add(power(r.dramJoules(), seconds));
    cells.add(number(run.cpuJoules() / EnergyReading.JOULES_PER_KWH));
    cells.add(number(r.gpuJoules() / EnergyReading.JOULES_PER_KWH));
    cells.add(number(r.dramJoules() / EnergyReading.JOULES_PER_KWH));
    cells.add(number(run.joules() / EnergyReading.JOULES_PER_KWH));
    cells.add(country ? text(ci.regionName()) : "");
    cells.add(country ? code : "");
    cells.add(!country && !cloud && !code.equals("WORLD") ? text(code) : "");
    cells.add(cloud ? text(code.substring(0, code.indexOf(':'))) : "");
    cells.add(cloud ? text(code.substring(code.indexOf(':') + 1)) : "");
    cells.add(text(System.getProperty("os.name") + "-" + System.getProperty("os.version")));
    cells.add("");
    cells.add("");
    cells.add(run.cpuCount().isPresent() ? Integer.toString(run.cpuCount().getAsInt()) : "");
    cells.add(run.cpuModel().map(EmissionsCsv::text).orElse(""));
    cells.add("");
    cells.add("");
    cells.add("");
    cells.add("");
    cells.add(run.ramTotalGigabytes().isPresent() ? number(run.ramTotalGigabytes().getAsDouble()) : "");
    cells.add(r.scope() == MeterScope.MACHINE ? "machine" : "process");
    cells.add(cloud ? "Y" : "N");
    cells.add(number(run.pue().value()));
    cells.add(number(r.cpuJoules() / EnergyReading.JOULES_PER_KWH));
    cells.add(number(run.staticJoules() / EnergyReading.JOULES_PER_KWH));
    cells.add(run.embodiedKgCO2e().isPresent() ? number(run.embodiedKgCO2e().getAsDouble()) : "");
    cells.add(r.method().name());
    cells.add(number(r.relativeUncertainty()));
    return cells;
  }

  private static String power(double joules, double seconds) {
    return seconds > 0 ? number(joules / seconds) : "";
  }

  private static String number(double value) {
    return Double.toString(value);
  }

  private static String text(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
