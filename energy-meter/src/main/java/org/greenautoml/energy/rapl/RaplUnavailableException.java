package org.greenautoml.energy.rapl;

import org.greenautoml.energy.EnergyException;

/**
 * RAPL cannot be used on this machine: no powercap tree, no RAPL zone, or a counter this user may
 * not read. The message is one line saying why and, where it can be fixed, how.
 */
public class RaplUnavailableException extends EnergyException {
  private static final long serialVersionUID = 1L;

  public RaplUnavailableException(String message) {
    super(message);
  }
}
