package org.greenautoml.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.greenautoml.energy.EnergyReading;
import org.greenautoml.energy.attribution.EmbodiedShare;
import org.greenautoml.energy.attribution.MachineShare;
import org.greenautoml.energy.attribution.StaticShare;
import org.greenautoml.energy.carbon.CarbonAccountant;
import org.greenautoml.energy.carbon.CarbonFootprint;
import org.greenautoml.energy.model.CpuPowerCurve;
import org.greenautoml.energy.model.PowerModelMeter;
import org.greenautoml.energy.rapl.RaplMeter;

/**
 * What {@code greenautoml meter} prints for one command: the dynamic and static shares with their
 * uncertainties, the method and, for the power model, the matched CPU and its band.
 *
 * @param dynamicJoules energy that follows the command's CPU time (RAPL: everything it read), J
 * @param dynamicUncertainty relative uncertainty of {@code dynamicJoules}
 * @param staticJoules idle power × wall × share (0 with RAPL: the counters hold idle power), J
 * @param staticUncertainty relative uncertainty of {@code staticJoules}
 * @param staticLine how the static share was computed
 * @param method the method line
 * @param cpuLine the matched-CPU line (empty with RAPL)
 */
record MeterFigures(
    double dynamicJoules, double dynamicUncertainty, double staticJoules, double staticUncertainty,
    String staticLine, String method, String cpuLine) {

  static MeterFigures rapl(EnergyReading reading, String description) {
    return new MeterFigures(reading.joules(), RaplMeter.MACHINE_UNCERTAINTY, 0, 0,
        "included in the RAPL reading (the counters measure idle power too)",
        "RAPL, whole machine during the command: " + description, "");
  }

  static MeterFigures model(
      PowerModelMeter meter, Duration wall, double cpuSeconds, MachineShare share) {
    CpuPowerCurve cpu = meter.cpu();
    double seconds = wall.toNanos() / 1e9;
    double u = seconds > 0 ? Math.min(1, cpuSeconds / (seconds * cpu.threads())) : 1;
    double dynamic = cpu.curve().dynamicWattsPerBusyThread(u, cpu.threads()) * cpuSeconds;
    StaticShare stat = new StaticShare(cpu.curve().idleWatts(), wall, share);
    String staticLine = String.format(Locale.ROOT, "idle %.3g W x %.3f s x machine share %.2f",
        cpu.curve().idleWatts(), seconds, share.fraction());
    String method = String.format(Locale.ROOT, "power model: %.3g CPU s of the command and its"
        + " children at utilisation %.3f of %d threads, by the load curve (memory not counted)",
        cpuSeconds, u, cpu.threads());
    return new MeterFigures(dynamic, cpu.band().relativeAt(u), stat.joules(), cpu.band().low(),
        staticLine, method, cpu.describe());
  }

  double joules() {
    return dynamicJoules + staticJoules;
  }

  double uncertainty() {
    double total = joules();
    return total > 0
        ? (dynamicJoules * dynamicUncertainty + staticJoules * staticUncertainty) / total
        : Math.max(dynamicUncertainty, staticUncertainty);
  }

  void print(PrintWriter err, Duration wall, double cpuSeconds, CarbonAccountant accountant,
      double embodiedKg, boolean includeEmbodied) {
    double kWh = joules() / EnergyReading.JOULES_PER_KWH;
    CarbonFootprint footprint = accountant.footprintOf(kWh);
    double grams = footprint.grams() + (includeEmbodied ? embodiedKg * 1000 : 0);
    err.printf(Locale.ROOT, "%nwall      %.3f s%n", wall.toNanos() / 1e9);
    err.printf(Locale.ROOT, "cpu       %.3f s (command and waited-for children)%n", cpuSeconds);
    err.printf(Locale.ROOT, "dynamic   %.4g J (+/-%.0f%%), follows CPU time%n", dynamicJoules,
        100 * dynamicUncertainty);
    err.printf(Locale.ROOT, "static    %.4g J (+/-%.0f%%), %s%n", staticJoules,
        100 * staticUncertainty, staticLine);
    err.printf(Locale.ROOT, "energy    %.4g J = %.4g kWh (+/-%.0f%%)%n", joules(), kWh,
        100 * uncertainty());
    err.printf(Locale.ROOT, "embodied  %.4g g CO2e, %s: %s%n", embodiedKg * 1000,
        includeEmbodied ? "charged" : "not charged (--include-embodied)",
        EmbodiedShare.bundled().describe());
    err.printf(Locale.ROOT, "carbon    %.4g g CO2e (%s %.4g g CO2e/kWh, %d; PUE %.2f%s)%n", grams,
        accountant.intensity().regionCode(), accountant.intensity().gramsCO2ePerKWh(),
        accountant.intensity().year(), accountant.pue().value(),
        includeEmbodied ? "; embodied included" : "");
    err.printf(Locale.ROOT, "method    %s%n", method);
    if (!cpuLine.isEmpty()) {
      err.printf(Locale.ROOT, "cpu model %s%n", cpuLine);
    }
    err.flush();
  }
}
