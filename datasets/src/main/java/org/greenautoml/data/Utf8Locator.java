package org.greenautoml.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Finds the line and character of the first byte sequence that is not UTF-8, for the error
 * message. Runs only after decoding failed, since the decoder reads ahead of the parser.
 */
final class Utf8Locator {

  private Utf8Locator() {}

  static DatasetException locate(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      long line = 1;
      long character = 1;
      int field = 0;
      boolean quoted = false;
      StringBuilder header = new StringBuilder();
      boolean eof = false;
      while (true) {
        if (!eof) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          eof = n < 0;
          bytes.position(bytes.position() + Math.max(n, 0));
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, eof);
        chars.flip();
        while (chars.hasRemaining()) {
          char ch = chars.get();
          boolean newline = ch == '\n' && !quoted;
          if (line == 1 && !newline) {
            header.append(ch);
          }
          quoted ^= ch == '"';
          field = newline ? 0 : field + (ch == ',' && !quoted ? 1 : 0);
          line += newline ? 1 : 0;
          character = newline ? 1 : character + 1;
        }
        chars.clear();
        if (result.isError()) {
          String[] names = header.toString().split(",", -1);
          String column = line > 1 && field < names.length ? names[field].strip() : null;
          return DatasetException.at(file, line, column, "contains bytes that are not valid UTF-8 at"
              + " character " + character + " of this line; save the file as UTF-8 (it may be"
              + " Latin-1 or Windows-1252)");
        }
        bytes.compact();
        if (eof && result.isUnderflow() && bytes.position() == 0) {
          return DatasetException.at(file, "could not be decoded as UTF-8");
        }
      }
    } catch (IOException e) {
      return DatasetException.at(file, "could not be read: " + e.getMessage(), e);
    }
  }
}
