package org.greenautoml.energy.rapl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one small sysfs file; a seam so that tests can refuse access as a non-root user would see. */
@FunctionalInterface
interface CounterReader {
  String read(Path file) throws IOException;

  /**
   * Reads at most {@value SysfsFiles#MAX_BYTES} bytes (sysfs attributes such as {@code energy_uj}
   * are a line of a few digits); throws {@link java.nio.file.AccessDeniedException} or {@link
   * java.nio.file.NoSuchFileException} like {@link Files}.
   */
  CounterReader FILES = SysfsFiles::read;

  /** The default reader, kept allocation-light because measurements read counters at start and stop. */
  final class SysfsFiles {
    static final int MAX_BYTES = 256;

    private SysfsFiles() {}

    static String read(Path file) throws IOException {
      ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES);
      try (SeekableByteChannel channel = Files.newByteChannel(file)) {
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
          // a sysfs attribute arrives in one read; loop for ordinary files
        }
      }
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    }
  }
}
