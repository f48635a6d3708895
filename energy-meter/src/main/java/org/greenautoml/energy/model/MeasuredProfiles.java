package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenautoml.energy.ReferenceTable;

/**
 * Published RAPL measurements of CPU package power at known utilisations, with CodeCarbon's own
 * estimate on the same rows: the bundled {@code rapl-load-profiles.csv}, derived by {@code
 * scripts/derive-power-tables.py} from CodeCarbon's {@code data/hardware/cpu_load_profiling} (MIT;
 * see {@code NOTICE.md}). Four CPUs (two AMD, two Intel, 8 to 32 threads), two sweeps each: every
 * thread loaded 0 to 100 % in 10 % steps ({@code all_cores}), and 0 to N threads at full load
 * ({@code some_cores}). Immutable; thread-safe.
 */
final class MeasuredProfiles {

  /** The sweep that runs 0 to N threads flat out. */
  static final String SOME_CORES = "some_cores";

  /**
   * One measured step.
   *
   * @param cpuModel the CPU model, as in the TDP tables (e.g. {@code Intel Xeon E5-2620 v3})
   * @param vendor {@code AMD} or {@code Intel}
   * @param packages sockets of the machine measured
   * @param cores physical cores of the machine measured
   * @param threads hardware threads of the machine measured
   * @param baseGhz the CPU's base clock, GHz (vendor data sheet)
   * @param tdpWatts TDP of all packages, W (CodeCarbon's table × packages)
   * @param sweep {@code all_cores} or {@code some_cores}
   * @param step the step's index in its sweep, 0 = idle
   * @param utilisation measured utilisation, [0, 1]
   * @param raplWatts RAPL package power over the step, W
   * @param codeCarbonWatts CodeCarbon's CPU-load estimate over the step, W
   */
  record Row(
      String cpuModel, String vendor, int packages, int cores, int threads, double baseGhz,
      double tdpWatts, String sweep, int step, double utilisation, double raplWatts,
      double codeCarbonWatts) {
    public Row {
      requireNonNull(cpuModel, "cpuModel");
      requireNonNull(vendor, "vendor");
      requireNonNull(sweep, "sweep");
    }

    /**
     * The duty cycle of the threads that made the step's load: {@code all_cores} loads every thread
     * at the step's utilisation, {@code some_cores} runs threads flat out (duty 1). The idle step of
     * either sweep loads no thread: its small load is background work spread over all threads.
     */
    public double duty() {
      return sweep.equals(SOME_CORES) && step > 0 ? 1 : utilisation;
    }

    /** The step as a load point. */
    public LoadPoint point() {
      return new LoadPoint(utilisation, duty(), raplWatts);
    }
  }

  private final List<Row> rows;

  private MeasuredProfiles(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The bundled measurements. */
  public static MeasuredProfiles bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final MeasuredProfiles BUNDLED =
        of(ReferenceTable.resource(MeasuredProfiles.class, "rapl-load-profiles.csv"));
  }

  /** Reads a table with the columns of {@code rapl-load-profiles.csv}. */
  public static MeasuredProfiles of(ReferenceTable table) {
    List<Row> rows = new ArrayList<>();
    for (ReferenceTable.Row r : table.rows()) {
      int packages = (int) r.number("packages");
      rows.add(
          new Row(
              r.get("cpu_model"), r.get("vendor"), packages, (int) r.number("cores"),
              (int) r.number("threads"), r.number("base_ghz"),
              r.number("tdp_watts_per_package") * packages, r.get("sweep"), (int) r.number("step"),
              r.number("utilisation"), r.number("rapl_watts"), r.number("codecarbon_watts")));
    }
    return new MeasuredProfiles(rows);
  }

  /** Every row, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** The same measurements without those of {@code cpuModel} (for nested validation). */
  MeasuredProfiles without(String cpuModel) {
    return new MeasuredProfiles(rows.stream().filter(r -> !r.cpuModel().equals(cpuModel)).toList());
  }

  /** The rows by CPU model, in file order. */
  public Map<String, List<Row>> byCpu() {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(r.cpuModel(), m -> new ArrayList<>()).add(r);
    }
    return out;
  }
}
