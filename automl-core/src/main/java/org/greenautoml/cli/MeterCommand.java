package org.greenautoml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.greenautoml.energy.EnergyMeter;
import org.greenautoml.energy.EnergyMeters;
import org.greenautoml.energy.EnergyMethod;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonFootprint;
import org.greenautoml.energy.carbon.CarbonIntensity;
import org.greenautoml.energy.carbon.CarbonRegions;
import org.greenautoml.energy.carbon.Pue;
import org.greenautoml.energy.model.CpuPowerModel;
import org.greenautoml.energy.model.CpuProfile;
import org.greenautoml.energy.rapl.RaplMeter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code greenautoml meter -- CMD ARGS}: runs a command and prints its energy and carbon on
 * standard error, as {@code time} prints seconds. With RAPL counters it reads the machine's
 * energy over the command's run (everything the machine did, stated as such); otherwise it charges
 * the CPU time of the command and the children it waited for ({@link ChildCpuTime}) at the power
 * model's watts per hardware thread (TDP / threads, Green Algorithms). Memory power is not
 * counted by the model here (the child's resident memory is not sampled). Exits with the command's
 * status.
 */
@Command(
    name = "meter",
    description = "Run a command and print its energy (J, kWh), its carbon (g CO2e) and the method.",
    footer = {
      "",
      "Exits with the command's own status. Child processes are counted when they are waited for.",
      "",
      "Examples:",
      "  greenautoml meter -- python train.py --epochs 3",
      "  greenautoml meter --region FR -- make -j4"
    })
final class MeterCommand extends CliCommand {

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "WORLD",
      description = "Grid region for the carbon figure (default: WORLD).")
  String region;

  @Option(names = "--pue", paramLabel = "X", defaultValue = "1",
      description = "Power usage effectiveness, >= 1 (default: 1).")
  double pue;

  @Parameters(arity = "1..*", paramLabel = "CMD", description = "The command and its arguments.")
  List<String> command;

  @Override
  int run() throws Exception {
    CarbonIntensity intensity = CarbonRegions.bundled().lookup(region);
    if (!(pue >= 1) || Double.isInfinite(pue)) {
      throw new UserError("--pue must be a finite number >= 1, found " + pue);
    }
    EnergyMeter meter = EnergyMeters.detect();
    boolean rapl = meter.method() == EnergyMethod.RAPL;
    double cpuBefore = ChildCpuTime.seconds();
    long started = System.nanoTime();
    int status;
    double joules;
    try (Measurement machine = rapl ? meter.start(MeterScope.MACHINE) : null) {
      status = runCommand();
      joules = rapl ? machine.stop().joules() : 0;
    }
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = ChildCpuTime.seconds() - cpuBefore;
    String method;
    double uncertainty;
    if (rapl) {
      method = "RAPL, whole machine during the command: " + meter.description();
      uncertainty = RaplMeter.MACHINE_UNCERTAINTY;
    } else {
      CpuProfile cpu = CpuProfile.detect();
      joules = CpuPowerModel.cpuJoules(cpu.tdpWatts(), cpu.hardwareThreads(), cpuSeconds);
      method = String.format(Locale.ROOT, "power model, %.3g CPU s of the command and its"
          + " children x %.3g W per thread (%s; memory not counted)", cpuSeconds,
          cpu.wattsPerThread(), cpu.tdpSource());
      uncertainty = cpu.relativeUncertainty();
    }
    print(err(), wallSeconds, cpuSeconds, joules, uncertainty, method, intensity);
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

  private void print(PrintWriter err, double wallSeconds, double cpuSeconds, double joules,
      double uncertainty, String method, CarbonIntensity intensity) {
    Pue chosen = new Pue(pue, pue == 1 ? "own machine" : "given with --pue");
    double kWh = joules / EnergyReading.JOULES_PER_KWH;
    CarbonFootprint footprint = new CarbonAccountant(intensity, chosen).footprintOf(kWh);
    err.printf(Locale.ROOT, "%nwall      %.3f s%n", wallSeconds);
    err.printf(Locale.ROOT, "cpu       %.3f s (command and waited-for children)%n", cpuSeconds);
    err.printf(Locale.ROOT, "energy    %.4g J = %.4g kWh (+/-%.0f%%)%n", joules, kWh,
        100 * uncertainty);
    err.printf(Locale.ROOT, "carbon    %.4g g CO2e (%s %.4g g CO2e/kWh, %d; PUE %.2f)%n",
        footprint.grams(), intensity.regionCode(), intensity.gramsCO2ePerKWh(),
        intensity.year(), pue);
    err.printf(Locale.ROOT, "method    %s%n", method);
    err.flush();
  }
}
