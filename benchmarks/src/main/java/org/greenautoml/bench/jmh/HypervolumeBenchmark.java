package org.greenautoml.bench.jmh;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenautoml.search.pareto.Hypervolume;
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

/**
 * Exact hypervolume of points near a linear front ({@link ParetoBenchmarkData#nearLinearFront}),
 * reference point 1.1 in every coordinate: {@link Hypervolume#of} (2D sweep; 3D sweep of Beume et
 * al. 2009) against {@link BruteForceHypervolume} in the same run. The 2D baseline is O(n²), so it
 * runs at 10^4 points; the 3D baseline is O(n² log n), so it runs at 2,000. The fast methods also
 * run at those sizes so that ratios are taken at equal n.
 *
 * <p>Run (from the repository root): {@code mvn -o -q -pl benchmarks -am package -DskipTests &&
 * java -cp "search/target/classes:benchmarks/target/classes:$(cat /tmp/cp-pareto.txt)"
 * org.openjdk.jmh.Main HypervolumeBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HypervolumeBenchmark {

  private static List<double[]> points(int n, int m) {
    return ParetoBenchmarkData.nearLinearFront(n, m, 7);
  }

  private static double[] reference(int m) {
    double[] ref = new double[m];
    Arrays.fill(ref, 1.1);
    return ref;
  }

  /** 2D input of the sweep. */
  @State(Scope.Benchmark)
  public static class TwoD {
    @Param({"10000", "1000000"})
    int n2d;

    List<double[]> points;

    @Setup
    public void setUp() {
      points = points(n2d, 2);
    }
  }

  /** 3D input of the sweep. */
  @State(Scope.Benchmark)
  public static class ThreeD {
    @Param({"2000", "100000"})
    int n3d;

    List<double[]> points;

    @Setup
    public void setUp() {
      points = points(n3d, 3);
    }
  }

  /** 2D input of the baseline. */
  @State(Scope.Benchmark)
  public static class TwoDBaseline {
    @Param({"10000"})
    int baselineN2d;

    List<double[]> points;

    @Setup
    public void setUp() {
      points = points(baselineN2d, 2);
    }
  }

  /** 3D input of the baseline. */
  @State(Scope.Benchmark)
  public static class ThreeDBaseline {
    @Param({"2000"})
    int baselineN3d;

    List<double[]> points;

    @Setup
    public void setUp() {
      points = points(baselineN3d, 3);
    }
  }

  @Benchmark
  public double sweep2d(TwoD input) {
    return Hypervolume.of(input.points, reference(2));
  }

  @Benchmark
  public double sweep3d(ThreeD input) {
    return Hypervolume.of(input.points, reference(3));
  }

  @Benchmark
  public double baselineBruteForce2d(TwoDBaseline input) {
    return BruteForceHypervolume.twoD(input.points, reference(2));
  }

  @Benchmark
  public double baselineSlicing3d(ThreeDBaseline input) {
    return BruteForceHypervolume.threeD(input.points, reference(3));
  }
}
