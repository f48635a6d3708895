package org.greenautoml.bench.suite;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code scripts/peers.sh}'s CSV: a peer (or the engine's {@code fit}, peer {@code
 * greenautoml}) on one dataset and seed.
 *
 * @param dataset the manifest name
 * @param seed the seed of the split
 * @param peer the peer's name, for example {@code nsga2}
 * @param status {@code ok}; {@code capped} (an Optuna peer stopped at its CPU limit, best so far
 *     refitted); {@code cpu-limit} (stopped with no model); or a failure
 * @param testAccuracy test accuracy of the peer's chosen model; NaN without one
 * @param cpuSeconds process CPU seconds, user plus system, interpreter or JVM start included
 */
public record PeerRun(
    String dataset, long seed, String peer, String status, double testAccuracy,
    double cpuSeconds) {

  /** The engine's row name in the CSV. */
  public static final String ENGINE = "greenautoml";

  /** Checks the parts. */
  public PeerRun {
    requireNonNull(dataset, "dataset");
    requireNonNull(peer, "peer");
    requireNonNull(status, "status");
    if (!(cpuSeconds >= 0)) {
      throw new IllegalArgumentException("cpu seconds must be non-negative, found " + cpuSeconds);
    }
  }

  /** Whether the run left a model scored on the test rows. */
  public boolean hasModel() {
    return !Double.isNaN(testAccuracy);
  }

  /**
   * The rows of a peers CSV file.
   *
   * @throws IllegalArgumentException naming the line of a malformed row
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<PeerRun> read(Path file) {
    List<PeerRun> runs = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      for (NamedCsvRecord r : csv) {
        try {
          String accuracy = r.getField("test_accuracy");
          runs.add(new PeerRun(r.getField("dataset"), Long.parseLong(r.getField("seed")),
              r.getField("peer"), r.getField("status"),
              accuracy.isBlank() ? Double.NaN : Double.parseDouble(accuracy),
              Double.parseDouble(r.getField("cpu_seconds"))));
        } catch (RuntimeException bad) {
          throw new IllegalArgumentException(file + ", line " + r.getStartingLineNumber()
              + ": a peer row must hold dataset, seed, peer, status, test_accuracy and"
              + " cpu_seconds, found " + r.getFields() + " (" + bad.getMessage() + ")", bad);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return List.copyOf(runs);
  }
}
