package org.greenautoml.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.greenautoml.data.ColumnSchema;
import org.greenautoml.data.ColumnType;
import org.greenautoml.data.TabularReader;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.columnar.FieldProcessor;
import org.tribuo.data.columnar.RowProcessor;
import org.tribuo.data.columnar.processors.field.DoubleFieldProcessor;
import org.tribuo.data.columnar.processors.field.IdentityProcessor;
import org.tribuo.data.columnar.processors.response.FieldResponseProcessor;
import org.tribuo.data.csv.CSVDataSource;

/**
 * Loads a CSV file into a Tribuo {@code MutableDataset<Label>} two ways and compares rows/s and
 * heap: Tribuo's {@code CSVDataSource} + {@code RowProcessor} (numeric columns through {@code
 * DoubleFieldProcessor}, categorical ones one-hot through {@code IdentityProcessor}), and this
 * project's {@code TabularReader.readDataset} (the same examples as {@code
 * FeatureEncoder.fit(..).encode(..)} on the read table, encoded a block of rows at a time). Each
 * path runs in its own child JVM (same flags) so peaks do not mix; each child loads the file
 * {@code reps} times
 * and reports the fastest load and the peak heap. Both paths read the same uncompressed CSV
 * (Tribuo's source cannot read gzip); ours is also timed on the {@code .gz} itself.
 *
 * <p>Peak heap is the highest used heap sampled every 2 ms during the last repetition (garbage
 * included, same collector and -Xmx for both); retained is the used heap after a full GC with the
 * dataset still reachable. Process CPU is the JVM's CPU time over the load (all threads: the
 * loading thread, GC, JIT, the 2 ms sampler), less sensitive than wall time to other jobs on a
 * shared machine; the best of the repetitions is reported. Last, each path loads the file once
 * more in a child whose heap is capped at 3x the uncompressed file (the goal), which
 * tests the live heap the load needs rather than what the collector let accumulate; where ours
 * does not fit, larger caps (3.5x to 6x) say what it needs. Not JMH: a
 * load takes seconds and allocates gigabytes, and heap peaks need a JVM per path.
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * mvn -o -q -pl benchmarks -am package -DskipTests \
 *   dependency:build-classpath -Dmdep.outputFile=/tmp/cp-data.txt
 * java -cp "benchmarks/target/classes:$(cat /tmp/cp-data.txt)" \
 *   org.greenautoml.bench.load.DatasetLoadBenchmark 3 \
 *   ../shared/datasets/kddcup99-10pct.csv.gz ../shared/datasets/fashion-mnist.csv.gz
 * </pre>
 */
public final class DatasetLoadBenchmark {

  private static final String CHILD_HEAP = "-Xmx6g";

  /** The heap goal: a load must fit in this many times the uncompressed file. */
  private static final double HEAP_CAP_FACTOR = 3.0;

  /** Larger caps tried for this project's loader until one fits, to say what it needs. */
  private static final double[] LARGER_CAPS = {3.5, 4.0, 5.0, 6.0};

  private DatasetLoadBenchmark() {}

  /** {@code reps file...}, or {@code --child mode reps file categoricalColumns}. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], Integer.parseInt(args[2]), Path.of(args[3]),
          args.length > 4 ? List.of(args[4].split("\u0001")) : List.of());
      return;
    }
    int reps = Integer.parseInt(args[0]);
    System.out.printf(Locale.ROOT, "%-28s %-16s %9s %10s %10s %12s %12s %12s%n", "file", "path",
        "rows", "best_s", "best_cpu_s", "rows_per_s", "peak_heap_MB", "retained_MB");
    for (int i = 1; i < args.length; i++) {
      compare(Path.of(args[i]), reps);
    }
  }

  private static void compare(Path file, int reps) throws Exception {
    Path csv = file;
    if (file.toString().endsWith(".gz")) {
      csv = Files.createTempFile("bench-", ".csv");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
          OutputStream out = Files.newOutputStream(csv)) {
        in.transferTo(out);
      }
    }
    List<String> categorical = new ArrayList<>();
    for (ColumnSchema c : TabularReader.builder().build().read(file).features()) {
      if (c.type() == ColumnType.CATEGORICAL) {
        categorical.add(c.name());
      }
    }
    String cats = String.join("\u0001", categorical);
    Map<String, double[]> results = new HashMap<>();
    String name = file.getFileName().toString();
    results.put("tribuo", run("tribuo", reps, csv, cats, name));
    results.put("greenautoml", run("greenautoml", reps, csv, cats, name));
    if (!csv.equals(file)) {
      run("greenautoml", reps, file, cats, name + " (gz)");
    }
    double[] t = results.get("tribuo");
    double[] g = results.get("greenautoml");
    double fileBytes = Files.size(csv);
    System.out.printf(Locale.ROOT, "%-28s speed-up %.2fx (wall), %.2fx (process CPU); peak heap"
        + " ours/tribuo %.2f; uncompressed file %.1f MB; peak/file ours %.2f, tribuo %.2f%n", name,
        t[1] / g[1], t[4] / g[4], g[2] / t[2], fileBytes / 1e6, g[2] / fileBytes,
        t[2] / fileBytes);
    long cap = (long) (HEAP_CAP_FACTOR * fileBytes);
    String ours = fitsIn(cap, "greenautoml", csv, cats);
    System.out.printf(Locale.ROOT, "%-28s loads with -Xmx%dm (%.0fx the uncompressed file):"
        + " tribuo %s, greenautoml %s%n", name, cap >> 20, HEAP_CAP_FACTOR,
        fitsIn(cap, "tribuo", csv, cats), ours);
    for (int i = 0; i < LARGER_CAPS.length && !ours.equals("yes"); i++) {
      ours = fitsIn((long) (LARGER_CAPS[i] * fileBytes), "greenautoml", csv, cats);
      System.out.printf(Locale.ROOT, "%-28s greenautoml with %.1fx the file: %s%n", name,
          LARGER_CAPS[i], ours);
    }
    if (!csv.equals(file)) {
      Files.delete(csv);
    }
  }

  /**
   * Whether one load completes in a child JVM whose heap is capped at {@code capBytes}: the
   * collector may reclaim garbage as often as it likes, so this tests the live heap the load
   * needs, which the sampled peak (garbage included) only bounds from above.
   */
  private static String fitsIn(long capBytes, String mode, Path file, String cats)
      throws IOException, InterruptedException {
    List<String> cmd = childCommand("-Xmx" + (capBytes >> 20) + "m", mode, 1, file, cats);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    boolean outOfMemory = false;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        outOfMemory |= line.contains("OutOfMemoryError");
      }
    }
    int exit = p.waitFor();
    return exit == 0 ? "yes" : outOfMemory ? "no (OutOfMemoryError)" : "no (exit " + exit + ")";
  }

  private static List<String> childCommand(String heap, String mode, int reps, Path file,
      String cats) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), DatasetLoadBenchmark.class.getName(),
        "--child", mode, Integer.toString(reps), file.toString()));
    if (!cats.isEmpty()) {
      cmd.add(cats);
    }
    return cmd;
  }

  private static double[] run(String mode, int reps, Path file, String cats, String label)
      throws IOException, InterruptedException {
    List<String> cmd = childCommand(CHILD_HEAP, mode, reps, file, cats);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    double[] result = null;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("RESULT ")) {
          String[] f = line.substring(7).split(" ");
          result = new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
              Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])};
        } else {
          System.out.println("  [" + mode + "] " + line);
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new IllegalStateException(mode + " child failed on " + file);
    }
    System.out.printf(Locale.ROOT, "%-28s %-16s %9.0f %10.3f %10.3f %12.0f %12.1f %12.1f%n",
        label, mode, result[0], result[1], result[4], result[0] / result[1], result[2] / 1e6,
        result[3] / 1e6);
    return result;
  }

  private static void child(String mode, int reps, Path file, List<String> categorical)
      throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    long peak = 0;
    long retained = 0;
    int rows = 0;
    for (int rep = 0; rep < reps; rep++) {
      System.gc();
      AtomicLong max = new AtomicLong();
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      MutableDataset<Label> dataset = mode.equals("tribuo") ? tribuo(file, categorical) : ours(file);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
      sampler.interrupt();
      sampler.join();
      best = Math.min(best, seconds);
      bestCpu = Math.min(bestCpu, cpu);
      peak = max.get();
      rows = dataset.size();
      System.gc();
      retained = memory.getHeapMemoryUsage().getUsed();
      if (dataset.getFeatureMap().size() == 0) {
        throw new IllegalStateException("no features");
      }
      System.out.printf(Locale.ROOT, "rep %d: %.3f s (process CPU %.3f s), %d rows, %d features,"
          + " peak %.1f MB%n", rep, seconds, cpu, rows, dataset.getFeatureMap().size(),
          peak / 1e6);
    }
    System.out.printf(Locale.ROOT, "RESULT %d %.6f %d %d %.6f%n", rows, best, peak, retained,
        bestCpu);
  }

  private static MutableDataset<Label> ours(Path file) {
    return TabularReader.builder().build().readDataset(file).dataset();
  }

  private static MutableDataset<Label> tribuo(Path file, List<String> categorical)
      throws IOException {
    List<String> header;
    try (BufferedReader r = Files.newBufferedReader(file)) {
      header = List.of(r.readLine().split(","));
    }
    String target = header.get(header.size() - 1);
    Map<String, FieldProcessor> fields = new HashMap<>();
    for (String column : header.subList(0, header.size() - 1)) {
      fields.put(column, categorical.contains(column) ? new IdentityProcessor(column)
          : new DoubleFieldProcessor(column, true, true));
    }
    RowProcessor<Label> rows = new RowProcessor<>(
        new FieldResponseProcessor<>(target, "", new LabelFactory()), fields);
    return new MutableDataset<>(new CSVDataSource<>(file, rows, true));
  }
}
