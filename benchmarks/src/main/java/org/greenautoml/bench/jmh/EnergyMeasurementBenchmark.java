package org.greenautoml.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.UsageProbe;
import org.greenautoml.energy.model.PowerModelMeter;
import org.greenautoml.energy.rapl.RaplMeter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of metering one block of work: {@code start(scope)} then {@code stop()}, with the power model
 * of this machine and with RAPL over a fake powercap tree (two zones, real file reads). Goal: under
 * 20 µs per start+stop.
 *
 * <p>Run: {@code mvn -o -q -pl benchmarks -am package -DskipTests && java -cp
 * "benchmarks/target/classes:$(cat /tmp/cp-energy.txt)" org.openjdk.jmh.Main
 * EnergyMeasurementBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 1)
public class EnergyMeasurementBenchmark {

  @Param({"POWER_MODEL", "RAPL_FAKE_TREE"})
  public String meter;

  @Param({"THREAD", "PROCESS"})
  public MeterScope scope;

  private EnergyMeter energyMeter;
  private FakePowercapTree tree;

  @Setup
  public void setUp() throws IOException {
    if (meter.equals("POWER_MODEL")) {
      energyMeter = PowerModelMeter.forThisMachine();
    } else {
      tree = new FakePowercapTree(262_143_328_850L);
      energyMeter = RaplMeter.open(tree.root, false, UsageProbe.system());
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    if (energyMeter instanceof RaplMeter rapl) {
      rapl.shutdown();
    }
    if (tree != null) {
      tree.close();
    }
  }

  @Benchmark
  public EnergyReading startStop() {
    Measurement m = energyMeter.start(scope);
    return m.stop();
  }
}
