package org.greenautoml.search.space;

import java.nio.charset.StandardCharsets;

/**
 * Seeds split from one root seed per use, so that the random sources of a search are independent
 * of one another and each is fixed by the root seed and the use's name alone (the approach of
 * Tribuo's trainers, which split their RNG per call). A derived seed is the SplitMix64 finaliser
 * (Steele, Lea and Flood 2014) of the root plus the FNV-1a hash of the use's name; neither depends
 * on {@code hashCode} or {@code toString}. Immutable and thread-safe.
 *
 * @param root the seed every derived seed comes from
 */
public record SeedSplit(long root) {

  /** The use of the holdout split into training and validation rows. */
  public static final String HOLDOUT = "split";

  /** The use of the fidelity ladder's nested subsamples. */
  public static final String SUBSAMPLE = "subsample";

  /** The use of the trials' seeds, split again per configuration. */
  public static final String TRIALS = "trial";

  /** The seed of the random source named {@code use} (for example {@code "split"}). */
  public long of(String use) {
    return mix(root + 0x9E3779B97F4A7C15L * fnv1a(use));
  }

  /** The seed of item {@code key} of the source named {@code use}, for per-item seeds. */
  public long of(String use, long key) {
    return mix(of(use) ^ mix(key + 0x9E3779B97F4A7C15L));
  }

  /** The SplitMix64 finaliser: a bijection of 64-bit values that spreads every input bit. */
  public static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The 64-bit FNV-1a hash of {@code text}'s UTF-8 bytes. */
  public static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
