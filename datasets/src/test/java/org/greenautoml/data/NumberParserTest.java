package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast number parser against {@link Double#parseDouble} as the oracle. Every cell is parsed
 * from the middle of a larger buffer whose neighbouring characters are digits, so that reading
 * one character outside the range changes the result.
 */
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
        assertThat(parse(parser, s)).as(s).isEqualTo(NumberParser.FINITE);
        assertThat(parser.value()).as(s).isEqualTo(Double.parseDouble(s));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d", "0x1p3", "1e", "--1", ".", "", " ", "1.2.3", "1,5", "abc", "+",
      "1e+", "e5", "1 2"})
  void parse_notANumber_returnsNotANumber(String s) {
    assertThat(parse(new NumberParser(), s)).isEqualTo(NumberParser.NOT_A_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "-inf", "Infinity", "+INF", "1e400", "-1e999"})
  void parse_nonFinite_returnsNonFinite(String s) {
    assertThat(parse(new NumberParser(), s)).isEqualTo(NumberParser.NON_FINITE);
  }

  @RepeatedTest(50)
  void parse_randomDecimalStrings_equalsDoubleParseDoubleBitForBit(RepetitionInfo info) {
    Random random = new Random(1000 + info.getCurrentRepetition());
    NumberParser parser = new NumberParser();
    for (int i = 0; i < 2000; i++) {
      String s = randomDecimal(random);
      double expected = Double.parseDouble(s);
      int kind = parse(parser, s);
      assertThat(kind).as(s).isEqualTo(Double.isInfinite(expected) ? NumberParser.NON_FINITE
          : NumberParser.FINITE);
      assertThat(Double.doubleToRawLongBits(parser.value())).as(s)
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }

  /** Sign, up to 25 digits with leading zeros and a point anywhere, and an optional exponent. */
  private static String randomDecimal(Random random) {
    StringBuilder sb = new StringBuilder();
    int sign = random.nextInt(3);
    sb.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
    int digits = 1 + random.nextInt(random.nextBoolean() ? 4 : 25);
    int point = random.nextInt(digits + 2) - 1;
    for (int d = 0; d < digits; d++) {
      if (d == point) {
        sb.append('.');
      }
      sb.append(random.nextInt(5) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
    }
    if (point == digits) {
      sb.append('.');
    }
    if (random.nextInt(3) == 0) {
      sb.append(random.nextBoolean() ? 'e' : 'E');
      int e = random.nextInt(4) == 0 ? random.nextInt(700) - 350 : random.nextInt(50) - 25;
      sb.append(e < 0 ? "-" : random.nextBoolean() ? "+" : "").append(Math.abs(e));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9007199254740991", "9007199254740993", "1e22", "1e23", "123456789e-22",
      "123456789e-23", "999999999999999999", "9999999999999999999", "0.1", "1.7976931348623157e308",
      "2.2250738585072014E-308", "2.2250738585072011e-308", "4.9e-324", "2e-324", "-0.0", "0e400",
      "1e-400", "00000000000000000000001.5", "1.00000000000000011102230246251565404236316680908203125"})
  void parse_hardCases_equalsDoubleParseDoubleBitForBit(String s) {
    NumberParser parser = new NumberParser();
    assertThat(parse(parser, s)).isEqualTo(NumberParser.FINITE);
    assertThat(Double.doubleToRawLongBits(parser.value()))
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nan", "NAN", "inf", "INF", "Infinity", "\u0131nf", "\u0130NF", "nab",
      "tcp", "udp", "SF", "infinitx", "normal."})
  void parse_words_sameVerdictAsEqualsIgnoreCase(String s) {
    boolean nonFinite = s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("inf")
        || s.equalsIgnoreCase("infinity");
    assertThat(parse(new NumberParser(), s)).as(s)
        .isEqualTo(nonFinite ? NumberParser.NON_FINITE : NumberParser.NOT_A_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "007", " 12 ", "1.", ".5", "+3", "1E5", "123456789012345678901",
      "0.000000000000000000000000001", "4.9e-324"})
  void parse_edgeForms_equalsDoubleParseDouble(String s) {
    NumberParser parser = new NumberParser();
    assertThat(parse(parser, s)).isEqualTo(NumberParser.FINITE);
    assertThat(parser.value()).isEqualTo(Double.parseDouble(s.strip()));
  }

  /** Parses {@code s} as the char range {@code [2, 2 + length)} of {@code "12" + s + "34"}. */
  private static int parse(NumberParser parser, String s) {
    return parser.parse(("12" + s + "34").toCharArray(), 2, s.length());
  }
}
