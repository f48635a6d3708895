package org.greenautoml.energy.model;

/**
 * One measured point of a load curve: the power drawn at a utilisation, with the duty cycle of the
 * threads that made the load.
 *
 * <p>The same utilisation can be made two ways: a few threads flat out (duty 1, the fraction of
 * busy threads equal to the utilisation) or every thread at a low duty cycle (duty equal to the
 * utilisation). Some CPUs draw very different power for the two (see {@link LoadCurve}).
 *
 * @param utilisation busy fraction of all hardware threads, in [0, 1]
 * @param duty busy fraction of the threads that run, in [utilisation, 1] (0 only at zero load)
 * @param watts measured power, W, &gt; 0
 */
public record LoadPoint(double utilisation, double duty, double watts) {

  public LoadPoint {
    if (!(utilisation >= 0 && utilisation <= 1)) {
      throw new IllegalArgumentException("utilisation must be in [0, 1], found " + utilisation);
    }
    if (!(duty >= utilisation && duty <= 1)) {
      throw new IllegalArgumentException(
          "duty must be in [utilisation (" + utilisation + "), 1], found " + duty);
    }
    if (!(watts > 0) || Double.isInfinite(watts)) {
      throw new IllegalArgumentException("watts must be finite and > 0, found " + watts);
    }
  }

  /** A point made by threads running flat out (duty 1), as the {@code some_cores} sweep makes them. */
  public LoadPoint(double utilisation, double watts) {
    this(utilisation, 1, watts);
  }

  /** Busy fraction of all hardware threads that run at all: {@code utilisation / duty}. */
  public double activeFraction() {
    return duty > 0 ? utilisation / duty : 0;
  }
}
