package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** {@link RangeDictionary} against an insertion-ordered {@link List} as the oracle. */
final class RangeDictionaryTest {

  private static final String ALPHABET = "ab1.é\u0000";

  @RepeatedTest(100)
  void addAndIndexOf_randomWords_agreeWithList(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
    RangeDictionary dictionary = new RangeDictionary();
    List<String> oracle = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String word = word(random);
      char[] buf = ("xy" + word + "z").toCharArray();
      assertThat(dictionary.indexOf(buf, 2, word.length())).as(word)
          .isEqualTo(oracle.indexOf(word));
      assertThat(dictionary.indexOf(word)).as(word).isEqualTo(oracle.indexOf(word));
      if (random.nextBoolean()) {
        if (!oracle.contains(word)) {
          oracle.add(word);
        }
        assertThat(dictionary.add(word)).as(word).isEqualTo(oracle.indexOf(word));
      }
    }
    assertThat(dictionary.keys()).containsExactlyElementsOf(oracle);
    assertThat(dictionary.size()).isEqualTo(oracle.size());
  }

  private static String word(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(5); n > 0; n--) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
