package org.greenautoml.search.space;

import java.util.SplittableRandom;

/**
 * Sobol low-discrepancy points in {@code [0, 1)^d} by the Gray-code construction of Antonov and
 * Saleev (1979), with the direction numbers of Joe and Kuo (2008, file {@code new-joe-kuo-6.21201},
 * first {@value #MAX_DIMENSIONS} dimensions) and a seeded random digital shift.
 *
 * <p>32 bits per coordinate; {@code 2^32 - 1} points at most. Not thread-safe.
 */
final class SobolSequence {

  /** The number of dimensions with direction numbers here. */
  static final int MAX_DIMENSIONS = 41;

  private static final int BITS = 32;
  private static final double SCALE = 0x1p-32;

  /** Joe-Kuo rows for dimensions 2..41: degree s, coefficient a, then m_1..m_s. */
  private static final int[][] JOE_KUO = {
    {1, 0, 1}, {2, 1, 1, 3}, {3, 1, 1, 3, 1}, {3, 2, 1, 1, 1}, {4, 1, 1, 1, 3, 3},
    {4, 4, 1, 3, 5, 13}, {5, 2, 1, 1, 5, 5, 17}, {5, 4, 1, 1, 5, 5, 5}, {5, 7, 1, 1, 7, 11, 19},
    {5, 11, 1, 1, 5, 1, 1}, {5, 13, 1, 1, 1, 3, 11}, {5, 14, 1, 3, 5, 5, 31},
    {6, 1, 1, 3, 3, 9, 7, 49}, {6, 13, 1, 1, 1, 15, 21, 21}, {6, 16, 1, 3, 1, 13, 27, 49},
    {6, 19, 1, 1, 1, 15, 7, 5}, {6, 22, 1, 3, 1, 15, 13, 25}, {6, 25, 1, 1, 5, 5, 19, 61},
    {7, 1, 1, 3, 7, 11, 23, 15, 103}, {7, 4, 1, 3, 7, 13, 13, 15, 69},
    {7, 7, 1, 1, 3, 13, 7, 35, 63}, {7, 8, 1, 3, 5, 9, 1, 25, 53},
    {7, 14, 1, 3, 1, 13, 9, 35, 107}, {7, 19, 1, 3, 1, 5, 27, 61, 31},
    {7, 21, 1, 1, 5, 11, 19, 41, 61}, {7, 28, 1, 3, 5, 3, 3, 13, 69},
    {7, 31, 1, 1, 7, 13, 1, 19, 1}, {7, 32, 1, 3, 7, 5, 13, 19, 59},
    {7, 37, 1, 1, 3, 9, 25, 29, 41}, {7, 41, 1, 3, 5, 13, 23, 1, 55},
    {7, 42, 1, 3, 7, 3, 13, 59, 17}, {7, 50, 1, 3, 1, 3, 5, 53, 69},
    {7, 55, 1, 1, 5, 5, 23, 33, 13}, {7, 56, 1, 1, 7, 7, 1, 61, 123},
    {7, 59, 1, 1, 7, 9, 13, 61, 49}, {7, 62, 1, 3, 3, 5, 3, 55, 33},
    {8, 14, 1, 3, 1, 15, 31, 13, 49, 245}, {8, 21, 1, 3, 5, 15, 31, 59, 63, 97},
    {8, 22, 1, 3, 1, 11, 11, 11, 77, 249}, {8, 38, 1, 3, 1, 11, 27, 43, 71, 9},
  };

  private final long[][] directions;
  private final long[] shift;
  private final long[] state;
  private long index;

  SobolSequence(int dimensions, long seed) {
    if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
      throw new IllegalArgumentException(
          "Sobol dimensions must be in [1, " + MAX_DIMENSIONS + "], found " + dimensions);
    }
    directions = new long[dimensions][];
    for (int j = 0; j < dimensions; j++) {
      directions[j] = j == 0 ? firstDimension() : fromJoeKuo(JOE_KUO[j - 1]);
    }
    SplittableRandom random = new SplittableRandom(seed);
    shift = new long[dimensions];
    for (int j = 0; j < dimensions; j++) {
      shift[j] = random.nextLong() & 0xFFFF_FFFFL;
    }
    state = new long[dimensions];
  }

  /** The next point; the first is the digitally shifted origin. */
  double[] next() {
    double[] point = new double[state.length];
    for (int j = 0; j < state.length; j++) {
      point[j] = (state[j] ^ shift[j]) * SCALE;
    }
    int c = Long.numberOfTrailingZeros(~index);
    if (c >= BITS) {
      throw new IllegalStateException("Sobol sequence exhausted after 2^32 - 1 points");
    }
    for (int j = 0; j < state.length; j++) {
      state[j] ^= directions[j][c];
    }
    index++;
    return point;
  }

  private static long[] firstDimension() {
    long[] v = new long[BITS];
    for (int k = 0; k < BITS; k++) {
      v[k] = 1L << (BITS - 1 - k);
    }
    return v;
  }

  private static long[] fromJoeKuo(int[] row) {
    int s = row[0];
    int a = row[1];
    long[] v = new long[BITS];
    for (int k = 0; k < Math.min(s, BITS); k++) {
      v[k] = ((long) row[2 + k]) << (BITS - 1 - k);
    }
    for (int k = s; k < BITS; k++) {
      long value = v[k - s] ^ (v[k - s] >> s);
      for (int i = 1; i < s; i++) {
        if (((a >> (s - 1 - i)) & 1) == 1) {
          value ^= v[k - i];
        }
      }
      v[k] = value;
    }
    return v;
  }
}
