package org.greenautoml.data;

import java.util.Arrays;

/**
 * The hot loop of {@link FeatureEncoder}: gathers the present features of one row into reusable
 * arrays, sorted by feature name. The columns come in the order of their first feature slot with
 * their arrays resolved up front, so a row costs one array read per column and, since a
 * categorical column's one-hot names are contiguous, the slots usually arrive sorted; otherwise
 * they are sorted here. Not thread-safe; one per encoding call.
 */
final class RowCollector {

  private final TabularData data;
  private final float[][] floats;
  private final double[][] doubles;
  private final int[][] codes;
  private final int[] numericSlot;
  private final int[][] codeSlot;
  private final String[] slotNames;
  private final int standInSlot;
  private final double[] bySlot;
  /** The feature slots of the last row's present features, ascending; valid up to the count. */
  final int[] slots;
  /** The names of the last row's present features, sorted; valid up to {@link #collect}'s count. */
  final String[] names;
  /** The values matching {@link #names}. */
  final double[] values;

  /**
   * @param columns the table's column of each position, in slot order
   * @param numericSlot the feature slot of each numeric position, -1 for categorical ones
   * @param codeSlot for each categorical position, the slot of each category code (-1: unseen)
   * @param slotNames the feature names by slot, sorted
   * @param standInSlot the slot a row with no present feature gets at value 0, or -1 for none
   */
  RowCollector(TabularData data, int[] columns, int[] numericSlot, int[][] codeSlot,
      String[] slotNames, int standInSlot) {
    int n = columns.length;
    this.data = data;
    this.floats = new float[n][];
    this.doubles = new double[n][];
    this.codes = new int[n][];
    for (int k = 0; k < n; k++) {
      Column c = data.column(columns[k]);
      floats[k] = c.floatArray();
      doubles[k] = c.doubleArray();
      codes[k] = c.codeArray();
    }
    this.numericSlot = numericSlot;
    this.codeSlot = codeSlot;
    this.standInSlot = standInSlot;
    this.slotNames = slotNames;
    this.slots = new int[n];
    this.bySlot = new double[slotNames.length];
    this.names = new String[n];
    this.values = new double[n];
  }

  /**
   * Collects row {@code row} of the table; returns how many features are present. A row whose
   * every cell is missing gets the stand-in feature with value 0, since a Tribuo example needs at
   * least one feature; without a stand-in such a row collects nothing and 0 is returned.
   */
  int collect(int row) {
    int base = data.base(row);
    int m = 0;
    boolean sorted = true;
    for (int k = 0; k < numericSlot.length; k++) {
      int s;
      double v;
      if (floats[k] != null || doubles[k] != null) {
        v = floats[k] != null ? floats[k][base] : doubles[k][base];
        s = Double.isNaN(v) ? -1 : numericSlot[k];
      } else {
        int code = codes[k][base];
        s = code < 0 ? -1 : codeSlot[k][code];
        v = 1.0;
      }
      if (s >= 0) {
        sorted &= m == 0 || slots[m - 1] < s;
        slots[m] = s;
        names[m] = slotNames[s];
        values[m++] = v;
      }
    }
    if (!sorted) {
      sort(m);
    }
    if (m == 0 && standInSlot >= 0) {
      slots[0] = standInSlot;
      names[0] = slotNames[standInSlot];
      values[0] = 0.0;
      m = 1;
    }
    return m;
  }

  private void sort(int m) {
    for (int i = 0; i < m; i++) {
      bySlot[slots[i]] = values[i];
    }
    Arrays.sort(slots, 0, m);
    for (int i = 0; i < m; i++) {
      names[i] = slotNames[slots[i]];
      values[i] = bySlot[slots[i]];
    }
  }
}
