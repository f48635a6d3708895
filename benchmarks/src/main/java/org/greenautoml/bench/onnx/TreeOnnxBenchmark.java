package org.greenautoml.bench.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;
import org.greenautoml.export.trees.TreeOnnxExporter;
import org.greenautoml.family.Families;
import org.greenautoml.family.ModelFamily;
import org.greenautoml.trial.Preprocessor;
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
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Inference time of a tree model exported by {@link TreeOnnxExporter} and scored by onnxruntime
 * (one intra-op thread) against the Tribuo model itself, in the same run, on the test split of a
 * real dataset (60 / 20 / 20 stratified, seed 42, the family's default configuration). Each
 * operation scores the whole test split at once ({@code *Batch}) or its first row
 * ({@code *Row}); the ONNX side includes building the float32 input from the Tribuo examples.
 *
 * <p>Run: see {@code docs/benchmarks-onnx-trees.md}, which has the numbers and the command
 * (onnxruntime 1.29 crashes the JVM when a system property, the class path included, is about
 * 4000 characters or longer, so the run uses a manifest-only class-path jar):
 * {@code java -Dgreenautoml.shared=../shared -cp /tmp/trees-cp.jar org.openjdk.jmh.Main
 * TreeOnnxBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TreeOnnxBenchmark {

  private static final long SEED = 42L;

  /** A trained model, its ONNX session and the test rows. */
  @State(Scope.Benchmark)
  public static class Fixture {
    @Param({"xgboost", "cart", "random-forest", "extra-trees"})
    String family;

    @Param({"credit-g"})
    String dataset;

    Model<Label> model;
    MutableDataset<Label> test;
    List<Example<Label>> firstRow;
    ImmutableFeatureMap features;
    float absent;
    OrtEnvironment env;
    OrtSession session;

    @Setup(Level.Trial)
    public void setUp() throws OrtException {
      java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
      ModelFamily f = Families.byName(family);
      TabularData all = TabularReader.builder().build().read(
          Path.of(System.getProperty("greenautoml.shared", "../shared"), "datasets",
              dataset + ".csv"));
      StratifiedSplit.Holdout parts = StratifiedSplit.holdout(all, 0.6, 0.2, 0.2, SEED);
      TabularData trainRows = all.rows(parts.train());
      FeatureEncoder encoder = FeatureEncoder.fit(trainRows);
      MutableDataset<Label> train = encoder.encode(trainRows);
      MutableDataset<Label> validation = encoder.encode(all.rows(parts.validation()));
      test = encoder.encode(all.rows(parts.test()));
      if (!f.handlesMissingValues()) {
        Preprocessor pre = Preprocessor.fit(train, encoder.schema().numericWithMissing(), true,
            f.needsStandardisation());
        train = pre.apply(train);
        validation = pre.apply(validation);
        test = pre.apply(test);
      }
      model = f.train(train, validation, f.space().defaults().get(0), SEED);
      features = model.getFeatureIDMap();
      absent = f.handlesMissingValues() ? Float.NaN : 0.0f;
      firstRow = List.of(test.getExample(0));
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      session = env.createSession(TreeOnnxExporter.toOnnx(model, "org.greenautoml.bench", 1),
          options);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws OrtException {
      session.close();
    }

    float[][] matrix(Iterable<Example<Label>> rows, int count) {
      float[][] x = new float[count][features.size()];
      int r = 0;
      for (Example<Label> example : rows) {
        Arrays.fill(x[r], absent);
        for (Feature feature : example) {
          int id = features.getID(feature.getName());
          if (id >= 0) {
            x[r][id] = (float) feature.getValue();
          }
        }
        r++;
      }
      return x;
    }

    long[] onnx(Iterable<Example<Label>> rows, int count) throws OrtException {
      try (OnnxTensor input = OnnxTensor.createTensor(env, matrix(rows, count));
          OrtSession.Result result = session.run(Map.of("input", input))) {
        return (long[]) result.get("label").orElseThrow().getValue();
      }
    }
  }

  @Benchmark
  public List<Prediction<Label>> tribuoBatch(Fixture f) {
    return f.model.predict(f.test);
  }

  @Benchmark
  public long[] onnxBatch(Fixture f) throws OrtException {
    return f.onnx(f.test, f.test.size());
  }

  @Benchmark
  public Prediction<Label> tribuoRow(Fixture f) {
    return f.model.predict(f.firstRow.get(0));
  }

  @Benchmark
  public long[] onnxRow(Fixture f) throws OrtException {
    return f.onnx(f.firstRow, 1);
  }
}
