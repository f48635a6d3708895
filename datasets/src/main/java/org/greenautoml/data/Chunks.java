package org.greenautoml.data;

import java.util.Arrays;

/**
 * Append-only primitive storage in fixed-size chunks of {@link #SIZE} values, so that a column of
 * unknown length grows without copying or boxing; {@code chunks} hands the chunks over as they
 * are, to a {@link ChunkedColumn}. Not thread-safe.
 */
final class Chunks {

  private static final int SHIFT = 10;
  /** Rows per chunk: small enough that one chunk of every column of a wide table is a few MB. */
  static final int SIZE = 1 << SHIFT;
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

    /** The chunks holding the values, in order; the last may be partly used. */
    float[][] chunks() {
      return Arrays.copyOf(chunks, (size + SIZE - 1) >>> SHIFT);
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

    /** The chunks holding the values, in order; the last may be partly used. */
    double[][] chunks() {
      return Arrays.copyOf(chunks, (size + SIZE - 1) >>> SHIFT);
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

    /** The chunks holding the values, in order; the last may be partly used. */
    int[][] chunks() {
      return Arrays.copyOf(chunks, (size + SIZE - 1) >>> SHIFT);
    }
  }
}
