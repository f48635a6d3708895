package org.greenautoml.search.pareto;

/** Pareto dominance between points in minimisation form. */
final class Dominance {

  private Dominance() {}

  /** Whether {@code a} is nowhere larger than {@code b} and somewhere smaller. */
  static boolean dominates(double[] a, double[] b) {
    boolean strictly = false;
    for (int k = 0; k < a.length; k++) {
      if (a[k] > b[k]) {
        return false;
      }
      strictly |= a[k] < b[k];
    }
    return strictly;
  }

  /** Whether {@code a} is nowhere larger than {@code b} (dominates or equals). */
  static boolean weaklyDominates(double[] a, double[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] > b[k]) {
        return false;
      }
    }
    return true;
  }
}
