package org.greenautoml.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.greenautoml.data.NestedSubsampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.dataset.DatasetView;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A trial's training rows at fidelity {@code fraction}: the engine's nested stratified subsample
 * ({@link NestedSubsampler#rows}) as a {@link DatasetView} sharing the examples, against the naive
 * way, copying each chosen example into a new {@link MutableDataset}, in the same run.
 *
 * <p>Run (from the repository root): {@code scripts/jmh.sh NestedSubsampleBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NestedSubsampleBenchmark {

  @Param({"10000", "100000"})
  int rows;

  @Param({"0.111111", "0.333333"})
  double fraction;

  private MutableDataset<Label> data;
  private NestedSubsampler subsampler;

  @Setup
  public void setUp() {
    data = SyntheticData.dataset(rows, 10, 11);
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = data.getExample(i).getOutput().getLabel().equals("yes") ? 1 : 0;
    }
    subsampler = new NestedSubsampler(labels, 7);
  }

  @Benchmark
  public Dataset<Label> nestedView() {
    int[] chosen = subsampler.rows(fraction);
    return new DatasetView<>(data, chosen, data.getFeatureIDMap(), data.getOutputIDInfo(), "f");
  }

  @Benchmark
  public Dataset<Label> naiveCopy() {
    int[] chosen = subsampler.rows(fraction);
    MutableDataset<Label> copy =
        new MutableDataset<>(new SimpleDataSourceProvenance("copy", new LabelFactory()),
            new LabelFactory());
    for (int row : chosen) {
      Example<Label> example = data.getExample(row);
      copy.add(example.copy());
    }
    return copy;
  }
}
