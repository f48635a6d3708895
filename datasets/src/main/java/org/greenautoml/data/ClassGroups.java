package org.greenautoml.data;

import java.util.SplittableRandom;

/**
 * Row positions grouped by class (a counting sort, O(n)), each group shuffled by one seeded
 * Fisher-Yates pass in class order, so that the result depends on the labels and the seed only.
 */
final class ClassGroups {

  final int[] order;
  final int[] start;
  final int classes;

  ClassGroups(int[] labels, long seed) {
    if (labels.length == 0) {
      throw new IllegalArgumentException("labels must not be empty");
    }
    int max = -1;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException(
            "labels must be class indices >= 0, found " + labels[i] + " at position " + i);
      }
      max = Math.max(max, labels[i]);
    }
    classes = max + 1;
    start = new int[classes + 1];
    for (int label : labels) {
      start[label + 1]++;
    }
    for (int c = 0; c < classes; c++) {
      start[c + 1] += start[c];
    }
    order = new int[labels.length];
    int[] fill = java.util.Arrays.copyOf(start, classes);
    for (int i = 0; i < labels.length; i++) {
      order[fill[labels[i]]++] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int c = 0; c < classes; c++) {
      for (int i = start[c + 1] - 1; i > start[c]; i--) {
        int j = start[c] + random.nextInt(i - start[c] + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
  }

  int size(int c) {
    return start[c + 1] - start[c];
  }

  /** Positions whose mark equals {@code part}, ascending. */
  static int[] collect(byte[] marks, int part) {
    int n = 0;
    for (byte m : marks) {
      n += m == part ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < marks.length; i++) {
      if (marks[i] == part) {
        out[k++] = i;
      }
    }
    return out;
  }
}
