package org.greenautoml.bench.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tribuo.DataSource;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.csv.CSVLoader;

/**
 * Parsing a numeric CSV (10 feature columns and a class column, seeded values): this project's
 * {@link TabularReader} (typed columns, missing-value tokens, quoting) against Tribuo's
 * {@link CSVLoader} (iterated to the end, one {@code Example} per row) and a naive {@code
 * String.split} + {@code Double.parseDouble} loop, in the same run. The naive loop is the floor: it
 * checks nothing.
 *
 * <p>Run (from the repository root): {@code scripts/jmh.sh CsvParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CsvParseBenchmark {

  @Param({"20000"})
  int rows;

  private Path file;

  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("greenautoml-csv-bench", ".csv");
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < 10; c++) {
      text.append("f").append(c).append(',');
    }
    text.append("class\n");
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < 10; c++) {
        text.append(String.format(Locale.ROOT, "%.5f", random.nextGaussian())).append(',');
      }
      text.append(random.nextBoolean() ? "yes" : "no").append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public TabularData tabularReader() {
    return TabularReader.builder().target("class").build().read(file);
  }

  /**
   * Tribuo's loader, every row parsed into an {@link Example}. {@code loadDataSource} alone only
   * reads the header (the returned {@code CSVDataSource} parses lazily while it is iterated), which
   * an earlier version of this benchmark timed by mistake.
   */
  @Benchmark
  public List<Example<Label>> tribuoCsvLoader() throws IOException {
    DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(file, "class");
    List<Example<Label>> examples = new ArrayList<>(rows);
    for (Example<Label> e : source) {
      examples.add(e);
    }
    return examples;
  }

  @Benchmark
  public List<double[]> naiveSplit() throws IOException {
    List<double[]> parsed = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",");
        double[] values = new double[cells.length];
        for (int c = 0; c < cells.length - 1; c++) {
          values[c] = Double.parseDouble(cells[c]);
        }
        values[cells.length - 1] = "yes".equals(cells[cells.length - 1]) ? 1 : 0;
        parsed.add(values);
      }
    }
    return parsed;
  }
}
