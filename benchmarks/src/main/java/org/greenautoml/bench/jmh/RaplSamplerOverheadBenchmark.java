package org.greenautoml.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.greenautoml.energy.UsageProbe;
import org.greenautoml.energy.rapl.RaplMeter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Overhead of the RAPL background sampler: the CPU time of its thread over a 10 s run, as a
 * percentage of one core (aux counter {@code samplerCorePercent}). Goal: under 0.5%. {@code
 * maxEnergyRangeUj} 262143328850 is a typical Intel package range (sampler period 1 s); 40000000
 * forces the sampler to 100 ms. The tree is fake (two zones) but the file reads are real.
 *
 * <p>Run: {@code java -cp "benchmarks/target/classes:$(cat /tmp/cp-energy.txt)"
 * org.openjdk.jmh.Main RaplSamplerOverheadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@org.openjdk.jmh.annotations.Measurement(iterations = 1, batchSize = 1)
public class RaplSamplerOverheadBenchmark {

  @Param({"262143328850", "40000000"})
  public long maxEnergyRangeUj;

  private FakePowercapTree tree;
  private RaplMeter meter;

  /** Per-iteration result: the sampler's CPU time as a percentage of one core. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Overhead {
    public double samplerCorePercent;
    public double samplerPeriodMillis;

    @Setup(Level.Iteration)
    public void clear() {
      samplerCorePercent = 0;
    }
  }

  @Setup
  public void setUp() throws IOException {
    tree = new FakePowercapTree(maxEnergyRangeUj);
    meter = RaplMeter.open(tree.root, false, UsageProbe.system());
  }

  @TearDown
  public void tearDown() throws IOException {
    meter.shutdown();
    tree.close();
  }

  @Benchmark
  public long tenSecondRun(Overhead overhead) throws InterruptedException {
    long cpuBefore = meter.samplerCpuTime().toNanos();
    long wallBefore = System.nanoTime();
    Thread.sleep(10_000);
    long cpu = meter.samplerCpuTime().toNanos() - cpuBefore;
    long wall = System.nanoTime() - wallBefore;
    overhead.samplerCorePercent = 100.0 * cpu / wall;
    overhead.samplerPeriodMillis = meter.samplerPeriod().toMillis();
    return cpu;
  }
}
