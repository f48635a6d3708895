package org.greenautoml.energy.attribution;

/**
 * The fraction of the machine a search holds, for its static and embodied shares: 1 when it has the
 * machine to itself (the default), less on a shared machine ({@code --machine-share 0.25}), 0 to
 * exclude both. Immutable.
 *
 * @param fraction in [0, 1]
 */
public record MachineShare(double fraction) {

  /** The whole machine: the default. */
  public static final MachineShare WHOLE = new MachineShare(1);

  /** None: static and embodied shares are not charged. */
  public static final MachineShare NONE = new MachineShare(0);

  public MachineShare {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("machine share must be in [0, 1], found " + fraction);
    }
  }
}
