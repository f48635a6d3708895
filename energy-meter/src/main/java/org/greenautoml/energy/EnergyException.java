package org.greenautoml.energy;

import org.greenautoml.errors.GreenAutoMLException;

/**
 * The energy meter's domain exception: a counter that cannot be read or parsed, a bundled table row
 * that does not parse, an unknown region. Its message says what is wrong and where.
 */
public class EnergyException extends GreenAutoMLException {
  private static final long serialVersionUID = 1L;

  public EnergyException(String message) {
    super(message);
  }

  public EnergyException(String message, Throwable cause) {
    super(message, cause);
  }
}
