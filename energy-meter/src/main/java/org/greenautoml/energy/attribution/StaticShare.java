package org.greenautoml.energy.attribution;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The static share: the machine's idle power for the time the work held it, times the share of
 * the machine it held. Idle power is drawn whether or not the work runs, but the work holds the
 * machine that draws it (seed practice: "consider static consumption of the equipment"). Immutable.
 *
 * @param idleWatts the machine's idle CPU power, W, &ge; 0 (the power model's curve at zero load)
 * @param held how long the work held the machine
 * @param share the fraction of the machine it held
 */
public record StaticShare(double idleWatts, Duration held, MachineShare share) {

  /** Nothing held. */
  public static final StaticShare NONE = new StaticShare(0, Duration.ZERO, MachineShare.NONE);

  public StaticShare {
    if (!(idleWatts >= 0) || Double.isInfinite(idleWatts)) {
      throw new IllegalArgumentException("idleWatts must be finite and >= 0, found " + idleWatts);
    }
    requireNonNull(held, "held");
    requireNonNull(share, "share");
    if (held.isNegative()) {
      throw new IllegalArgumentException("held must be >= 0, found " + held);
    }
  }

  /** {@code idleWatts × seconds held × share}, J. */
  public double joules() {
    return idleWatts * held.toNanos() / 1e9 * share.fraction();
  }
}
