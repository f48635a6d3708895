package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast number parser against {@link Double#parseDouble} as the oracle. */
final class NumberParserTest {

  @RepeatedTest(50)
  void parse_randomDecimals_equalsDoubleParseDouble(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    NumberParser parser = new NumberParser();
    for (int i = 0; i < 2000; i++) {
      double v = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(100_000) - 50_000;
        case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
        case 2 -> Math.round(random.nextDouble() * 1e6) / 1e4;
        default -> Double.longBitsToDouble(random.nextLong());
      };
      if (!Double.isFinite(v)) {
        continue;
      }
      for (String s : new String[] {Double.toString(v), new BigDecimal(v).toPlainString(),
          String.format(Locale.ROOT, "%.6f", v), String.format(Locale.ROOT, "%.17e", v)}) {
        assertThat(parser.parse(s)).as(s).isEqualTo(NumberParser.FINITE);
        assertThat(parser.value()).as(s).isEqualTo(Double.parseDouble(s));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d", "0x1p3", "1e", "--1", ".", "", " ", "1.2.3", "1,5", "abc", "+",
      "1e+", "e5", "1 2"})
  void parse_notANumber_returnsNotANumber(String s) {
    assertThat(new NumberParser().parse(s)).isEqualTo(NumberParser.NOT_A_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "-inf", "Infinity", "+INF", "1e400", "-1e999"})
  void parse_nonFinite_returnsNonFinite(String s) {
    assertThat(new NumberParser().parse(s)).isEqualTo(NumberParser.NON_FINITE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "007", " 12 ", "1.", ".5", "+3", "1E5", "123456789012345678901",
      "0.000000000000000000000000001", "4.9e-324"})
  void parse_edgeForms_equalsDoubleParseDouble(String s) {
    NumberParser parser = new NumberParser();
    assertThat(parser.parse(s)).isEqualTo(NumberParser.FINITE);
    assertThat(parser.value()).isEqualTo(Double.parseDouble(s.strip()));
  }
}
