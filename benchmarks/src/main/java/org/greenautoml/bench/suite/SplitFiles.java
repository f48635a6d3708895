package org.greenautoml.bench.suite;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.greenautoml.data.DatasetEntry;
import org.greenautoml.data.DatasetException;
import org.greenautoml.data.DatasetRegistry;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the suite's train/test split of each dataset and seed as two CSV files, {@code
 * <out>/<dataset>/seed-<seed>/train.csv} and {@code test.csv}, so that tools outside the JVM (the
 * Python peers of {@code scripts/peers.sh}, the {@code greenautoml fit} command) get exactly the
 * rows the suite's methods get.
 *
 * <p>The rows are copied verbatim from the dataset file (header first, in file order), selected by
 * {@link TrainTestSplit}. The copy checks that the file holds as many records as the loaded table
 * and that every copied record's target cell is the label the table holds for that row, so a
 * reader that ever skipped or reordered rows would fail here instead of silently splitting other
 * rows. The files are run outputs: write them under a git-ignored folder such as {@code
 * bench-out/}. Run with {@code scripts/split.sh [options]}.
 */
@Command(
    name = "greenautoml-split",
    mixinStandardHelpOptions = true,
    description = "Writes the benchmark suite's train/test CSV files per dataset and seed.")
public final class SplitFiles implements Callable<Integer> {

  @Option(names = "--shared", description = "The shared folder with datasets/MANIFEST.tsv (default: ${DEFAULT-VALUE}).")
  Path shared = Path.of(System.getProperty("greenautoml.shared", "../shared"));

  @Option(names = "--datasets", split = ",", description = "Manifest names (default: the suite's eight).")
  List<String> datasets = SuiteSettings.DEFAULT_DATASETS;

  @Option(names = "--seeds", split = ",", description = "Seeds of the splits (default: ${DEFAULT-VALUE}).")
  List<Long> seeds = List.of(0L);

  @Option(names = "--test-fraction", description = "Fraction of rows held out for testing (default: ${DEFAULT-VALUE}).")
  double testFraction = 0.2;

  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("bench-out", "splits");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      DatasetRegistry registry =
          DatasetRegistry.fromManifest(shared.resolve("datasets").resolve("MANIFEST.tsv"));
      for (String name : datasets) {
        for (long seed : seeds) {
          Path folder = write(registry, name, seed, testFraction, out);
          spec.commandLine().getOut().println("wrote " + folder);
        }
      }
      return 0;
    } catch (IllegalArgumentException | DatasetException | UncheckedIOException e) {
      err.println("greenautoml-split: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Writes {@code train.csv} and {@code test.csv} of dataset {@code name} and {@code seed} under
   * {@code out/name/seed-<seed>} and returns that folder.
   *
   * @throws DatasetException if the dataset cannot be read or its file disagrees with its table
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Path write(
      DatasetRegistry registry, String name, long seed, double testFraction, Path out) {
    DatasetEntry entry = registry.entry(name);
    TabularData data = registry.load(name);
    List<List<String>> records = records(entry.file());
    List<String> header = records.get(0);
    int target = header.indexOf(entry.targetColumn());
    if (target < 0 || records.size() - 1 != data.rowCount()) {
      throw DatasetException.of(entry.file() + " must hold a '" + entry.targetColumn()
          + "' column and " + data.rowCount() + " records, found header " + header + " and "
          + (records.size() - 1) + " records");
    }
    StratifiedSplit.Holdout split = TrainTestSplit.of(data, testFraction, seed);
    Path folder = out.resolve(name).resolve("seed-" + seed);
    try {
      Files.createDirectories(folder);
      copy(records, split.train(), data, target, folder.resolve("train.csv"));
      copy(records, split.test(), data, target, folder.resolve("test.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the split files to " + folder, e);
    }
    return folder;
  }

  private static void copy(List<List<String>> records, int[] rows, TabularData data, int target,
      Path file) throws IOException {
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file)) {
      csv.writeRecord(records.get(0));
      for (int row : rows) {
        List<String> record = records.get(row + 1);
        String cell = record.get(target).strip();
        if (!cell.equals(data.label(row))) {
          throw DatasetException.of(file + ": row " + row + " of the table has label '"
              + data.label(row) + "' but record " + (row + 1) + " of the file has '" + cell + "'");
        }
        csv.writeRecord(record);
      }
    }
  }

  private static List<List<String>> records(Path file) {
    List<List<String>> records = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        CsvReader<CsvRecord> csv =
            CsvReader.builder().skipEmptyLines(true).ofCsvRecord(in, StandardCharsets.UTF_8)) {
      csv.forEach(r -> records.add(r.getFields()));
    } catch (IOException e) {
      throw DatasetException.of(file + " could not be read: " + e.getMessage());
    }
    if (records.isEmpty()) {
      throw DatasetException.of(file + " must hold a header row, found an empty file");
    }
    return records;
  }
}
