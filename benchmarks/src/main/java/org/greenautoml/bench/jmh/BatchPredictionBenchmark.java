package org.greenautoml.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

/**
 * Prediction time per row, as the trial meters inference on the validation rows: one batch call
 * {@code model.predict(dataset)} against one {@code model.predict(example)} call per row, in the
 * same run. Scores are per row ({@code @OperationsPerInvocation}).
 *
 * <p>Run (from the repository root): {@code scripts/jmh.sh BatchPredictionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BatchPredictionBenchmark {

  private static final int ROWS = 2000;

  @Param({"cart", "logistic"})
  String model;

  private Model<Label> trained;
  private MutableDataset<Label> rows;
  private List<Example<Label>> examples;

  @Setup
  public void setUp() {
    MutableDataset<Label> train = SyntheticData.dataset(5000, 20, 3);
    trained = "cart".equals(model)
        ? new CARTClassificationTrainer(8).train(train)
        : new LogisticRegressionTrainer().train(train);
    rows = SyntheticData.dataset(ROWS, 20, 4);
    examples = new ArrayList<>();
    rows.forEach(examples::add);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Object batch() {
    return trained.predict(rows);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void oneByOne(Blackhole sink) {
    for (Example<Label> example : examples) {
      sink.consume(trained.predict(example));
    }
  }
}
