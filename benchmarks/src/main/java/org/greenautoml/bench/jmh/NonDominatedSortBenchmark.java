package org.greenautoml.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenautoml.search.pareto.NonDominatedSorting;
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
 * Non-dominated sorting of points uniform in the unit cube: {@link NonDominatedSorting#ranks}
 * (O(n log n) in 2D, O(n log² n) in 3D) against the O(m n²) fast non-dominated sort of Deb et al.
 * 2002 ({@link NonDominatedSorting#ranksByDominanceCounting}) in the same run. The baseline runs
 * at 10^4 points only: at 10^5 it needs about 10^10 dominance checks (and its dominated-point
 * lists about 10^9 entries) per operation.
 *
 * <p>Run (from the repository root): {@code mvn -o -q -pl benchmarks -am package -DskipTests &&
 * java -cp "search/target/classes:benchmarks/target/classes:$(cat /tmp/cp-pareto.txt)"
 * org.openjdk.jmh.Main NonDominatedSortBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NonDominatedSortBenchmark {

  /** The input of the fast algorithm. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"10000", "100000"})
    int n;

    @Param({"2", "3"})
    int objectives;

    List<double[]> points;

    @Setup
    public void setUp() {
      points = ParetoBenchmarkData.uniformCube(n, objectives, 42);
    }
  }

  /** The input of the quadratic baseline. */
  @State(Scope.Benchmark)
  public static class BaselineInput {
    @Param({"10000"})
    int baselineN;

    @Param({"2", "3"})
    int baselineObjectives;

    List<double[]> points;

    @Setup
    public void setUp() {
      points = ParetoBenchmarkData.uniformCube(baselineN, baselineObjectives, 42);
    }
  }

  @Benchmark
  public int[] ranks(Input input) {
    return NonDominatedSorting.ranks(input.points);
  }

  @Benchmark
  public int[] baselineDebFastNonDominatedSort(BaselineInput input) {
    return NonDominatedSorting.ranksByDominanceCounting(input.points);
  }
}
