package org.greenautoml.search.pareto;

/**
 * Sorts two parallel arrays of coordinates lexicographically (by {@code a}, then {@code b}),
 * moving the values themselves so that large inputs are read sequentially. Bottom-up merge sort
 * over insertion-sorted runs: O(n log n), O(n) extra memory.
 */
final class PairSort {

  private static final int RUN = 32;

  private PairSort() {}

  static void sort(double[] a, double[] b, int n) {
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(a, b, lo, Math.min(n, lo + RUN));
    }
    if (n <= RUN) {
      return;
    }
    double[] srcA = a;
    double[] srcB = b;
    double[] dstA = new double[n];
    double[] dstB = new double[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        merge(srcA, srcB, dstA, dstB, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width));
      }
      double[] t = srcA;
      srcA = dstA;
      dstA = t;
      t = srcB;
      srcB = dstB;
      dstB = t;
    }
    if (srcA != a) {
      System.arraycopy(srcA, 0, a, 0, n);
      System.arraycopy(srcB, 0, b, 0, n);
    }
  }

  private static void insertionSort(double[] a, double[] b, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      double va = a[i];
      double vb = b[i];
      int j = i - 1;
      while (j >= lo && (a[j] > va || (a[j] == va && b[j] > vb))) {
        a[j + 1] = a[j];
        b[j + 1] = b[j];
        j--;
      }
      a[j + 1] = va;
      b[j + 1] = vb;
    }
  }

  private static void merge(
      double[] sa, double[] sb, double[] da, double[] db, int lo, int mid, int hi) {
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      boolean right = sa[j] < sa[i] || (sa[j] == sa[i] && sb[j] < sb[i]);
      int from = right ? j++ : i++;
      da[k] = sa[from];
      db[k++] = sb[from];
    }
    for (; i < mid; i++, k++) {
      da[k] = sa[i];
      db[k] = sb[i];
    }
    for (; j < hi; j++, k++) {
      da[k] = sa[j];
      db[k] = sb[j];
    }
  }
}
