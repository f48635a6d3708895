package org.greenautoml.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through and fails with {@link LineTooLongException} as soon as one physical
 * line (ended by {@code \n}, {@code \r\n} or {@code \r}) holds more than {@link
 * TabularReader#MAX_LINE_CHARS} characters, so that a file with no line breaks cannot make the
 * parser buffer it whole. O(1) per character. Not thread-safe.
 */
final class LineLimitedReader extends FilterReader {

  private final long limit;
  private long line = 1;
  private long length;
  private boolean afterCr;

  LineLimitedReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] sink = new char[(int) Math.min(n, 8192)];
    int read = read(sink, 0, sink.length);
    return Math.max(read, 0);
  }

  private void count(char c) throws LineTooLongException {
    if (c == '\n') {
      line += afterCr ? 0 : 1;
      length = 0;
    } else if (c == '\r') {
      line++;
      length = 0;
    } else if (++length > limit) {
      throw new LineTooLongException(line, limit);
    }
    afterCr = c == '\r';
  }

  /** A physical line longer than the limit; carries its 1-based line number. */
  static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    LineTooLongException(long line, long limit) {
      super("line " + line + " is longer than " + limit + " characters");
      this.line = line;
    }

    long line() {
      return line;
    }
  }
}
