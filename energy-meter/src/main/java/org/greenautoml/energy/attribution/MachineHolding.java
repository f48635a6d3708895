package org.greenautoml.energy.attribution;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import org.greenautoml.energy.EnergyMeter;

/**
 * What holding a machine costs beyond the work's own dynamic energy, for a search or a command:
 * the static share (the meter's {@link EnergyMeter#idleWatts()} × time held × share; nothing with
 * RAPL, whose readings hold idle power already) and the embodied share ({@link EmbodiedShare}).
 * Immutable; thread-safe.
 *
 * @param idleWatts the idle power the meter's readings leave out, if any
 * @param threads hardware threads of the machine
 * @param virtualMachine whether the machine is a VM (for the embodied host share)
 * @param share the share of the machine held
 * @param embodied the embodied figures
 */
public record MachineHolding(
    OptionalDouble idleWatts, int threads, boolean virtualMachine, MachineShare share,
    EmbodiedShare embodied) {

  public MachineHolding {
    requireNonNull(idleWatts, "idleWatts");
    requireNonNull(share, "share");
    requireNonNull(embodied, "embodied");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, found " + threads);
    }
  }

  /** The holding of a machine metered by {@code meter}, with the bundled embodied figures. */
  public static MachineHolding of(
      EnergyMeter meter, int threads, boolean virtualMachine, MachineShare share) {
    return new MachineHolding(requireNonNull(meter, "meter").idleWatts(), threads, virtualMachine,
        share, EmbodiedShare.bundled());
  }

  /** The static share for {@code held}. */
  public StaticShare staticShare(Duration held) {
    return new StaticShare(idleWatts.orElse(0), held, share);
  }

  /** The embodied share for {@code held}, kg CO2e. */
  public double embodiedKgCO2e(Duration held) {
    return embodied.kgCO2e(held, threads, virtualMachine, share);
  }

  /** One line: how the static and embodied shares are computed. */
  public String describe() {
    String stat = idleWatts.isPresent()
        ? String.format(Locale.ROOT, "static share: idle %.3g W x time held x machine share %.2f",
            idleWatts.getAsDouble(), share.fraction())
        : "static share: inside the RAPL readings (the counters measure idle power)";
    return stat + "; embodied share: " + embodied.describe() + " x time held"
        + (virtualMachine ? " x " + threads + "/" + embodied.hostThreads() + " host threads" : "")
        + String.format(Locale.ROOT, " x machine share %.2f", share.fraction());
  }
}
