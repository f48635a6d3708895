package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * {@link MissingTokens#contains} against {@link Set#contains} as the oracle, each cell looked up
 * as a char range in the middle of a larger buffer.
 */
final class MissingTokensTest {

  private static final String ALPHABET = "?NAna0-1 é\u00ff";

  @RepeatedTest(100)
  void contains_randomTokensAndCells_agreesWithSetContains(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
    Set<String> tokens = new HashSet<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      tokens.add(word(random, random.nextInt(10) == 0 ? 70 : 3));
    }
    MissingTokens missing = new MissingTokens(tokens);
    for (int i = 0; i < 500; i++) {
      String cell = i < tokens.size() ? tokens.toArray(new String[0])[i]
          : word(random, random.nextInt(20) == 0 ? 70 : 3);
      assertThat(contains(missing, cell)).as("%s in %s", cell, tokens)
          .isEqualTo(tokens.contains(cell));
    }
  }

  private static String word(SplittableRandom random, int maxLength) {
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** Looks {@code cell} up as the range {@code [1, 1 + length)} of {@code "?" + cell + "A"}. */
  private static boolean contains(MissingTokens missing, String cell) {
    return missing.contains(("?" + cell + "A").toCharArray(), 1, cell.length());
  }
}
