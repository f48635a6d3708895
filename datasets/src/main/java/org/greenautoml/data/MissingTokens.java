package org.greenautoml.data;

import java.util.Set;

/**
 * The reader's missing-cell tokens with a cheap first test: a cell whose length or first character
 * no token has is rejected without hashing it, so that the common case (a number such as {@code 0}
 * against {@code "", "?", "NA"}) costs two array reads. Exact comparison otherwise, as {@link
 * Set#contains}. Immutable and thread-safe.
 */
final class MissingTokens {

  private static final int LENGTHS = 64;

  private final Set<String> tokens;
  private final boolean[] lengths = new boolean[LENGTHS];
  private final boolean[] firstChars = new boolean[128];
  private boolean longOrNonAscii;

  MissingTokens(Set<String> tokens) {
    this.tokens = Set.copyOf(tokens);
    for (String t : this.tokens) {
      if (t.length() >= LENGTHS || (!t.isEmpty() && t.charAt(0) >= 128)) {
        longOrNonAscii = true;
      } else {
        lengths[t.length()] = true;
        if (!t.isEmpty()) {
          firstChars[t.charAt(0)] = true;
        }
      }
    }
  }

  /** Whether {@code cell} is one of the tokens, compared exactly. */
  boolean contains(String cell) {
    if (!longOrNonAscii) {
      int n = cell.length();
      if (n >= LENGTHS || !lengths[n]) {
        return false;
      }
      if (n > 0) {
        char c = cell.charAt(0);
        if (c >= 128 || !firstChars[c]) {
          return false;
        }
      }
    }
    return tokens.contains(cell);
  }
}
