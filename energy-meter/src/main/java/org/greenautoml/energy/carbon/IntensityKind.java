package org.greenautoml.energy.carbon;

/** Whether a row of an intensity series was measured (or estimated after the fact) or forecast. */
public enum IntensityKind {
  /** Measured or estimated after the fact by the grid operator or data provider. */
  ACTUAL,
  /** Forecast ahead of time. */
  FORECAST
}
