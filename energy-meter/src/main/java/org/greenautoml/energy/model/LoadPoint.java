package org.greenautoml.energy.model;

/**
 * One measured point of a load curve: the power drawn at a utilisation.
 *
 * @param utilisation busy fraction of all hardware threads, in [0, 1]
 * @param watts measured power, W, &gt; 0
 */
public record LoadPoint(double utilisation, double watts) {

  public LoadPoint {
    if (!(utilisation >= 0 && utilisation <= 1)) {
      throw new IllegalArgumentException("utilisation must be in [0, 1], found " + utilisation);
    }
    if (!(watts > 0) || Double.isInfinite(watts)) {
      throw new IllegalArgumentException("watts must be finite and > 0, found " + watts);
    }
  }
}
