package org.greenautoml.energy.rapl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.energy.model.CalibrationStore;
import org.greenautoml.energy.model.Calibrator;
import org.greenautoml.energy.model.CpuIdentity;
import org.greenautoml.energy.model.CpuPowerCurve;
import org.greenautoml.energy.model.CurveMatch;
import org.greenautoml.energy.model.LoadCurve;
import org.greenautoml.energy.model.PowerModelMeter;
import org.greenautoml.energy.model.UncertaintyBand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greenautoml meter --calibrate} on a fake powercap tree whose package follows a known curve. */
final class CalibrationTest {

  /** A CPU whose threads at a low duty draw less than threads flat out at the same load (j > k). */
  private static final LoadCurve TRUTH = new LoadCurve(12, 80, 0.6, 1.4);
  private static final UncertaintyBand BAND = new UncertaintyBand(0.5, 0.4, 0.2, "test");
  private static final CpuIdentity CPU =
      new CpuIdentity("Intel", "Test CPU 9000", OptionalInt.of(6), OptionalInt.of(85),
          OptionalInt.of(4), 1, 4, 4, false, Optional.empty());

  @TempDir Path dir;
  private final FakePowercap.Probe probe = new FakePowercap.Probe();
  private RaplMeter meter;

  @AfterEach
  void shutdown() {
    if (meter != null) {
      meter.shutdown();
    }
  }

  /** A load that, instead of spinning, advances the clock, the machine's CPU time and the counter. */
  private Calibrator calibrator(FakePowercap tree, AtomicLong clock, AtomicLong energyUj) {
    Calibrator.Load load = (threads, duty, duration) -> {
      long nanos = duration.toNanos();
      clock.addAndGet(nanos);
      probe.machine += Math.round(threads * duty * nanos);
      energyUj.addAndGet(Math.round(TRUTH.watts(threads * duty / 4.0, duty) * nanos / 1e3));
      tree.energy("intel-rapl:0", energyUj.get());
    };
    return new Calibrator(meter, probe, load, Duration.ofSeconds(3), clock::get);
  }

  @Test
  void run_fakeTreeFollowingAKnownCurve_fitsThatCurveAndReportsEachStep() throws Exception {
    FakePowercap tree = new FakePowercap(dir.resolve("powercap")).zone("intel-rapl:0", "package-0", 0);
    meter = RaplMeter.open(tree.root, false, probe);
    List<String> lines = new ArrayList<>();
    CalibrationStore.Calibration c =
        calibrator(tree, new AtomicLong(), new AtomicLong()).run(lines::add);
    assertThat(Calibrator.steps(4)).containsExactly(0, 1, 2, 3, 4);
    assertThat(Calibrator.stepCount(4)).isEqualTo(9);
    assertThat(lines).hasSize(9).first().asString().contains("0 of 4 threads busy").contains("12.00 W");
    assertThat(lines.get(5)).contains("4 of 4 threads busy at 20 % duty").contains("utilisation  20.0 %");
    assertThat(c.curve().idleWatts()).isCloseTo(12, within(0.05));
    assertThat(c.curve().maxWatts()).isCloseTo(80, within(0.2));
    assertThat(c.curve().exponent()).isCloseTo(0.6, within(0.011));
    assertThat(c.curve().dutyExponent()).isCloseTo(1.4, within(0.011));
    assertThat(c.stepSeconds()).isEqualTo(3.0);
  }

  @Test
  void saveThenLoad_sameCpu_isTheCalibratedCurveAndSaysWhereItCameFrom() throws Exception {
    FakePowercap tree = new FakePowercap(dir.resolve("powercap")).zone("intel-rapl:0", "package-0", 0);
    meter = RaplMeter.open(tree.root, false, probe);
    CalibrationStore.Calibration c = calibrator(tree, new AtomicLong(), new AtomicLong()).run(s -> { });
    CalibrationStore store = CalibrationStore.at(dir.resolve("cfg/power-curve.properties"));
    store.save(CPU, c);
    CpuPowerCurve loaded = store.load(CPU, BAND).orElseThrow();
    assertThat(loaded.match()).isEqualTo(CurveMatch.CALIBRATED);
    assertThat(loaded.curve()).isEqualTo(c.curve());
    assertThat(loaded.matched()).contains("calibration of").contains("9 steps of 3.0 s")
        .contains("power-curve.properties");
    PowerModelMeter later = new PowerModelMeter(loaded, probe);
    assertThat(later.description()).contains("CPU calibrated: matched this machine's calibration");
    assertThat(later.idleWatts()).hasValue(c.curve().idleWatts());
  }

  @Test
  void load_otherCpuOrNoFile_isEmpty_andAGarbledFileIsAnError() throws Exception {
    CalibrationStore store = CalibrationStore.at(dir.resolve("power-curve.properties"));
    assertThat(store.load(CPU, BAND)).isEmpty();
    Files.writeString(store.file(), "cpu=Intel|Other CPU|6|85|4|4\nidle_watts=1\nmax_watts=2\nexponent=1\n");
    assertThat(store.load(CPU, BAND)).isEmpty();
    Files.writeString(store.file(), "cpu=Intel|Test CPU 9000|6|85|4|4\nidle_watts=1\nmax_watts=2\nexponent=0.5\n");
    assertThat(store.load(CPU, BAND).orElseThrow().curve())
        .as("a file from before the duty exponent holds a curve of utilisation alone")
        .isEqualTo(new LoadCurve(1, 2, 0.5, 0.5));
    Files.writeString(store.file(), "cpu=Intel|Test CPU 9000|6|85|4|4\nidle_watts=ten\n");
    assertThatThrownBy(() -> store.load(CPU, BAND)).isInstanceOf(EnergyException.class)
        .hasMessageContaining("'idle_watts' must be a number, found 'ten'");
  }

  @Test
  void constructor_powerModelMeter_isRejected() {
    PowerModelMeter model = new PowerModelMeter(
        new CpuPowerCurve(TRUTH, 4, CurveMatch.MEASURED_MODEL, "t", "t", BAND), probe);
    assertThatThrownBy(() -> new Calibrator(model, probe, (t, d, s) -> { }, Duration.ofSeconds(1), System::nanoTime))
        .hasMessage("rapl must be a RAPL meter, found POWER_MODEL");
  }
}
