package org.greenautoml.data;

import java.util.Arrays;

/**
 * Append-only primitive storage in fixed-size chunks, so that a column of unknown length grows
 * without copying or boxing; {@code toArray} copies once into an exact-size array. Not
 * thread-safe.
 */
final class Chunks {

  private static final int SHIFT = 13;
  private static final int SIZE = 1 << SHIFT;
  private static final int MASK = SIZE - 1;

  private Chunks() {}

  /** Chunked floats. */
  static final class Floats {
    private float[][] chunks = new float[4][];
    private int size;

    void add(float v) {
      int c = size >>> SHIFT;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new float[SIZE];
      }
      chunks[c][size & MASK] = v;
      size++;
    }

    float get(int i) {
      return chunks[i >>> SHIFT][i & MASK];
    }

    int size() {
      return size;
    }

    float[] toArray() {
      float[] out = new float[size];
      for (int c = 0; c * SIZE < size; c++) {
        System.arraycopy(chunks[c], 0, out, c * SIZE, Math.min(SIZE, size - c * SIZE));
        chunks[c] = null;
      }
      return out;
    }
  }

  /** Chunked doubles. */
  static final class Doubles {
    private double[][] chunks = new double[4][];
    private int size;

    void add(double v) {
      int c = size >>> SHIFT;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new double[SIZE];
      }
      chunks[c][size & MASK] = v;
      size++;
    }

    double get(int i) {
      return chunks[i >>> SHIFT][i & MASK];
    }

    int size() {
      return size;
    }

    double[] toArray() {
      double[] out = new double[size];
      for (int c = 0; c * SIZE < size; c++) {
        System.arraycopy(chunks[c], 0, out, c * SIZE, Math.min(SIZE, size - c * SIZE));
        chunks[c] = null;
      }
      return out;
    }
  }

  /** Chunked ints. */
  static final class Ints {
    private int[][] chunks = new int[4][];
    private int size;

    void add(int v) {
      int c = size >>> SHIFT;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new int[SIZE];
      }
      chunks[c][size & MASK] = v;
      size++;
    }

    int get(int i) {
      return chunks[i >>> SHIFT][i & MASK];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      int[] out = new int[size];
      for (int c = 0; c * SIZE < size; c++) {
        System.arraycopy(chunks[c], 0, out, c * SIZE, Math.min(SIZE, size - c * SIZE));
        chunks[c] = null;
      }
      return out;
    }
  }
}
