package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

final class LineLimitedReaderTest {

  @Test
  void read_linesWithinTheLimit_passesEveryCharacterThrough() throws IOException {
    String text = "abcd\r\nefgh\rijkl\nmnop";
    assertThat(drain(new LineLimitedReader(new StringReader(text), 4))).isEqualTo(text);
  }

  @Test
  void read_lineOverTheLimitAfterMixedLineEnds_namesItsLine() {
    Reader reader = new LineLimitedReader(new StringReader("ab\r\ncd\ref\nghijk\n"), 4);
    assertThatThrownBy(() -> drain(reader))
        .isInstanceOfSatisfying(LineLimitedReader.LineTooLongException.class,
            e -> assertThat(e.line()).isEqualTo(4));
  }

  private static String drain(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[3];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }
}
