package org.greenautoml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.attribution.EmbodiedShare;
import org.greenautoml.energy.attribution.MachineShare;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.energy.model.CalibrationStore;
import org.greenautoml.energy.model.Calibrator;
import org.greenautoml.energy.model.CpuIdentity;
import org.greenautoml.energy.model.PowerModelMeter;
import org.greenautoml.energy.rapl.Powercap;
import org.greenautoml.energy.rapl.RaplMeter;
import org.greenautoml.energy.UsageProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code greenautoml meter -- CMD ARGS}: runs a command and prints its energy and carbon on
 * standard error, as {@code time} prints seconds, split into the dynamic share (the command's CPU
 * time), the static share (idle power while it ran × {@code --machine-share}) and the embodied
 * share (the hardware's manufacturing footprint prorated by time and share; charged only with
 * {@code --include-embodied}). With RAPL counters it reads the machine's energy over the run
 * (idle included, so no separate static share); otherwise it charges the CPU time of the command
 * and the children it waited for ({@link ChildCpuTime}) by the power model's load curve. Memory
 * power is not counted by the model here (the child's resident memory is not sampled). Exits with
 * the command's status. {@code greenautoml meter --calibrate} measures this machine's curve with
 * RAPL instead ({@link MeterCalibration}).
 */
@Command(
    name = "meter",
    description = "Run a command and print its energy (J, kWh), its carbon (g CO2e) and the method.",
    footer = {
      "",
      "Exits with the command's own status. Child processes are counted when they are waited for.",
      "The static share is the machine's idle power for the command's wall time (the command holds",
      "the machine); on a shared machine give the share you hold, or 0 to leave it out.",
      "",
      "Examples:",
      "  greenautoml meter -- python train.py --epochs 3",
      "  greenautoml meter --region FR --machine-share 0.25 --include-embodied -- make -j4",
      "  sudo greenautoml meter --calibrate --calibration-file ~/.config/greenautoml/power-curve.properties"
    })
final class MeterCommand extends CliCommand {

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "WORLD",
      description = "Grid region for the carbon figure (default: WORLD).")
  String region;

  @Option(names = "--pue", paramLabel = "X", defaultValue = "1",
      description = "Power usage effectiveness, >= 1 (default: 1).")
  double pue;

  @Option(names = "--machine-share", paramLabel = "F", defaultValue = "1",
      description = "Share of the machine the command holds, in [0, 1], for the static and embodied"
          + " shares (default: 1; 0 leaves them out).")
  double machineShare;

  @Option(names = "--include-embodied",
      description = "Add the embodied share to the carbon figure (it is always shown).")
  boolean includeEmbodied;

  @Option(names = "--calibrate",
      description = "Measure this machine's load curve with RAPL (idle, then 10-100%% of threads"
          + " busy) and store it for later runs; needs readable RAPL counters.")
  boolean calibrate;

  @Option(names = "--step-seconds", paramLabel = "S", defaultValue = "5",
      description = "With --calibrate: seconds per load step (default: 5).")
  int stepSeconds;

  @Option(names = "--calibration-file", paramLabel = "FILE",
      description = "With --calibrate: where to store the curve (default: the file later runs"
          + " read, ~/.config/greenautoml/power-curve.properties).")
  Path calibrationFile;

  @Parameters(arity = "0..*", paramLabel = "CMD", description = "The command and its arguments.")
  List<String> command;

  @Override
  int run() throws Exception {
    if (calibrate) {
      if (command != null && !command.isEmpty()) {
        throw new UserError("--calibrate takes no command, found " + String.join(" ", command));
      }
      return new MeterCalibration(err(), stepSeconds, calibrationFile).run();
    }
    if (command == null || command.isEmpty()) {
      throw new UserError("meter needs a command after --, e.g. greenautoml meter -- sleep 5");
    }
    CarbonIntensity intensity = CarbonRegions.bundled().lookup(region);
    if (!(pue >= 1) || Double.isInfinite(pue)) {
      throw new UserError("--pue must be a finite number >= 1, found " + pue);
    }
    if (!(machineShare >= 0 && machineShare <= 1)) {
      throw new UserError("--machine-share must be in [0, 1], found " + machineShare);
    }
    EnergyMeter meter = EnergyMeters.detect();
    double cpuBefore = ChildCpuTime.seconds();
    long started = System.nanoTime();
    int status;
    EnergyReading rapl = null;
    try (Measurement machine = meter.method() == EnergyMethod.RAPL ? meter.start(MeterScope.MACHINE) : null) {
      status = runCommand();
      rapl = machine == null ? null : machine.stop();
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    double cpuSeconds = ChildCpuTime.seconds() - cpuBefore;
    MeterFigures figures = rapl != null
        ? MeterFigures.rapl(rapl, meter.description())
        : MeterFigures.model(PowerModelMeter.forThisMachine(), wall, cpuSeconds,
            new MachineShare(machineShare));
    Pue chosen = new Pue(pue, pue == 1 ? "own machine" : "given with --pue");
    CpuIdentity cpu = CpuIdentity.detect();
    double embodiedKg = EmbodiedShare.bundled()
        .kgCO2e(wall, cpu.threads(), cpu.virtualMachine(), new MachineShare(machineShare));
    figures.print(err(), wall, cpuSeconds, new CarbonAccountant(intensity, chosen), embodiedKg,
        includeEmbodied);
    return status;
  }

  private int runCommand() throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      throw new UserError("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
    return process.waitFor();
  }

  /** {@code --calibrate}: measures the curve with RAPL and stores it. */
  static final class MeterCalibration {
    private final PrintWriter err;
    private final int stepSeconds;
    private final CalibrationStore store;

    MeterCalibration(PrintWriter err, int stepSeconds, Path file) {
      if (stepSeconds < 1 || stepSeconds > 600) {
        throw new UserError("--step-seconds must be in [1, 600], found " + stepSeconds);
      }
      this.err = err;
      this.stepSeconds = stepSeconds;
      this.store = file == null ? CalibrationStore.atDefaultPlace() : CalibrationStore.at(file);
    }

    int run() throws InterruptedException {
      EnergyMeters.Detection detection = EnergyMeters.detect(Powercap.DEFAULT_ROOT);
      if (detection.meter().method() != EnergyMethod.RAPL) {
        throw new UserError("--calibrate needs readable RAPL counters, and here they are not: "
            + detection.reason().replaceFirst("^energy meter: power model, because ", "")
                .replaceFirst("; power model: .*$", ""));
      }
      RaplMeter rapl = (RaplMeter) detection.meter();
      UsageProbe probe = UsageProbe.system();
      int steps = Calibrator.stepCount(probe.hardwareThreads());
      err.printf(Locale.ROOT, "calibrating with %s: %d steps of %d s (about %d s); keep the machine"
          + " otherwise idle%n", rapl.description(), steps, stepSeconds, steps * stepSeconds);
      err.flush();
      CalibrationStore.Calibration c;
      try {
        c = new Calibrator(rapl, probe, Calibrator.Load.spinning(), Duration.ofSeconds(stepSeconds),
            System::nanoTime).run(line -> {
              err.println("  " + line);
              err.flush();
            });
      } finally {
        rapl.shutdown();
      }
      store.save(CpuIdentity.detect(), c);
      err.printf(Locale.ROOT, "P(a, d) = %.3g + (%.3g - %.3g) a^%.2f d^%.2f W (a threads running,"
          + " d their duty); stored in %s. Runs that cannot read RAPL on this CPU use it and say so;"
          + " runs that can read RAPL keep using RAPL.%n", c.curve().idleWatts(),
          c.curve().maxWatts(), c.curve().idleWatts(), c.curve().exponent(),
          c.curve().dutyExponent(), store.file());
      err.flush();
      return 0;
    }
  }
}
