package org.greenautoml.data;

import java.util.Set;

/**
 * The reader's missing-cell tokens, looked up by char range with a cheap first test: a cell whose
 * length or first character no token has is rejected without hashing it, so that the common case
 * (a number such as {@code 0} against {@code "", "?", "NA"}) costs two array reads. Exact
 * comparison otherwise, as {@link Set#contains}. Not changed after construction.
 */
final class MissingTokens {

  private static final int LENGTHS = 64;

  private final RangeDictionary tokens = new RangeDictionary();
  private final boolean[] lengths = new boolean[LENGTHS];
  private final boolean[] firstChars = new boolean[128];
  private boolean longOrNonAscii;

  MissingTokens(Set<String> tokens) {
    for (String t : tokens) {
      this.tokens.add(t);
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

  /** Whether the {@code len} characters of {@code buf} from {@code off} are one of the tokens. */
  boolean contains(char[] buf, int off, int len) {
    if (!longOrNonAscii) {
      if (len >= LENGTHS || !lengths[len]) {
        return false;
      }
      if (len > 0) {
        char c = buf[off];
        if (c >= 128 || !firstChars[c]) {
          return false;
        }
      }
    }
    return tokens.indexOf(buf, off, len) >= 0;
  }
}
