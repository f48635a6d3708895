package org.greenautoml.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file inside a directory through a temporary file in the same directory and an atomic
 * rename, so that a reader never sees a partial file under the final name.
 */
final class AtomicFiles {

  /** Writes text into the file. */
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code fileName} (a bare name, no separators) inside {@code directory}.
   *
   * @throws IllegalArgumentException if the name would leave the directory
   */
  static Path write(Path directory, String fileName, Body body) throws IOException {
    Path target = inside(directory, fileName);
    Path temp = Files.createTempFile(directory, "." + fileName + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        body.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** {@code directory/fileName}, refusing names that are not a plain file name inside it. */
  static Path inside(Path directory, String fileName) {
    Path dir = directory.toAbsolutePath().normalize();
    Path target = dir.resolve(fileName).normalize();
    if (!target.getParent().equals(dir) || fileName.isBlank() || fileName.startsWith(".")) {
      throw new IllegalArgumentException(
          "file name must be a plain name inside " + dir + ", found \"" + fileName + "\"");
    }
    return target;
  }
}
