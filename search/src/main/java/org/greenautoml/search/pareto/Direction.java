package org.greenautoml.search.pareto;

/** Whether smaller or larger values of an objective are better. */
public enum Direction {
  /** Smaller is better (error, joules, kg CO2e). */
  MINIMIZE,
  /** Larger is better (accuracy). */
  MAXIMIZE
}
