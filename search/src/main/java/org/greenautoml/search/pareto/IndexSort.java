package org.greenautoml.search.pareto;

/**
 * Stable merge sorts of index arrays, so that ties resolve by index and results never depend on a
 * sort's internal choices. O(n log n) comparisons, O(n) extra memory.
 */
final class IndexSort {

  /** Compares two indices. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  private static final int INSERTION_LIMIT = 24;

  private IndexSort() {}

  /** The indices {@code 0..n-1} sorted by the comparator, ties by index. */
  static int[] sort(int n, IndexComparator comparator) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    sort(a, comparator);
    return a;
  }

  /** The indices {@code 0..key.length-1} sorted by ascending key, ties by index. */
  static int[] byKey(double[] key) {
    return sort(key.length, (x, y) -> Double.compare(key[x], key[y]));
  }

  /** Sorts {@code a[lo..hi)} in place, stably, by insertion: for short ranges only. */
  static void sortRange(int[] a, int lo, int hi, IndexComparator comparator) {
    insertionSort(a, lo, hi, comparator);
  }

  /** Sorts {@code a} in place, stably. */
  static void sort(int[] a, IndexComparator comparator) {
    int n = a.length;
    for (int lo = 0; lo < n; lo += INSERTION_LIMIT) {
      insertionSort(a, lo, Math.min(n, lo + INSERTION_LIMIT), comparator);
    }
    int[] src = a;
    int[] dst = new int[n];
    for (int width = INSERTION_LIMIT; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        merge(src, dst, lo, mid, hi, comparator);
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  private static void insertionSort(int[] a, int lo, int hi, IndexComparator c) {
    for (int i = lo + 1; i < hi; i++) {
      int v = a[i];
      int j = i - 1;
      while (j >= lo && c.compare(a[j], v) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static void merge(int[] src, int[] dst, int lo, int mid, int hi, IndexComparator c) {
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      dst[k++] = c.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
    }
    while (i < mid) {
      dst[k++] = src[i++];
    }
    while (j < hi) {
      dst[k++] = src[j++];
    }
  }
}
