package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * The processor the power model is built for: its name, topology and TDP with where the TDP came
 * from. {@code tdpWatts} covers all physical packages (table TDP × packages). Immutable.
 *
 * @param modelName processor name as OSHI reports it
 * @param physicalPackages CPU sockets, &ge; 1
 * @param physicalCores physical cores of all packages, &ge; 1
 * @param hardwareThreads logical processors of all packages, &ge; physicalCores
 * @param tdpWatts TDP of all packages, W, &gt; 0
 * @param tdpSource one phrase: the table row the TDP came from, or the default that was used
 * @param tdpKnown whether the TDP came from the table (false: default per core)
 */
public record CpuProfile(
    String modelName,
    int physicalPackages,
    int physicalCores,
    int hardwareThreads,
    double tdpWatts,
    String tdpSource,
    boolean tdpKnown) {

  public CpuProfile {
    requireNonNull(modelName, "modelName");
    requireNonNull(tdpSource, "tdpSource");
    if (physicalPackages < 1) {
      throw new IllegalArgumentException("physicalPackages must be >= 1, found " + physicalPackages);
    }
    if (physicalCores < physicalPackages) {
      throw new IllegalArgumentException(
          "physicalCores must be >= physicalPackages (" + physicalPackages + "), found "
              + physicalCores);
    }
    if (hardwareThreads < physicalCores) {
      throw new IllegalArgumentException(
          "hardwareThreads must be >= physicalCores (" + physicalCores + "), found "
              + hardwareThreads);
    }
    if (!(tdpWatts > 0) || Double.isInfinite(tdpWatts)) {
      throw new IllegalArgumentException("tdpWatts must be finite and > 0, found " + tdpWatts);
    }
  }

  /**
   * The profile of a processor: TDP from {@code table} when its name matches a row (× packages),
   * else the table's default watts per core × physical cores.
   */
  public static CpuProfile of(
      String modelName, int physicalPackages, int physicalCores, int hardwareThreads, TdpTable table) {
    requireNonNull(table, "table");
    Optional<TdpEntry> entry = table.lookup(requireNonNull(modelName, "modelName"));
    if (entry.isPresent()) {
      TdpEntry e = entry.get();
      String source =
          "TDP " + e.tdpWatts() + " W per package for '" + e.model() + "' (" + e.table() + ": "
              + e.source() + ")";
      return new CpuProfile(
          modelName, physicalPackages, physicalCores, hardwareThreads,
          e.tdpWatts() * physicalPackages, source, true);
    }
    String source =
        "unknown CPU: default " + table.defaultWattsPerCore() + " W per core x " + physicalCores
            + " cores (" + table.defaultSource() + ")";
    return new CpuProfile(
        modelName, physicalPackages, physicalCores, hardwareThreads,
        table.defaultWattsPerCore() * physicalCores, source, false);
  }

  /** The profile of this machine's processor, read with OSHI, TDP from the bundled table. */
  public static CpuProfile detect() {
    CentralProcessor cpu = new SystemInfo().getHardware().getProcessor();
    int packages = Math.max(1, cpu.getPhysicalPackageCount());
    int cores = Math.max(packages, cpu.getPhysicalProcessorCount());
    int threads = Math.max(cores, cpu.getLogicalProcessorCount());
    return of(
        cpu.getProcessorIdentifier().getName().trim(), packages, cores, threads, TdpTable.bundled());
  }

  /** Power of one fully busy hardware thread, W; see {@link CpuPowerModel#wattsPerThread}. */
  public double wattsPerThread() {
    return CpuPowerModel.wattsPerThread(tdpWatts, hardwareThreads);
  }

  /** The relative uncertainty of a power-model reading on this processor. */
  public double relativeUncertainty() {
    return tdpKnown ? CpuPowerModel.KNOWN_TDP_UNCERTAINTY : CpuPowerModel.UNKNOWN_TDP_UNCERTAINTY;
  }
}
