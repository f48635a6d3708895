package org.greenautoml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the saved formats, as Tribuo keeps one per saved type: a resource beside the
 * test class that the current writer must reproduce byte for byte. {@code
 * -Dgreenautoml.regenerateGolden=DIR} writes the current bytes into DIR instead of only comparing,
 * for a deliberate format change (which also bumps the format's version).
 */
public final class Golden {

  private Golden() {}

  /** The text of golden resource {@code name} beside {@code anchor}. */
  public static String text(Class<?> anchor, String name) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Asserts that {@code actual} is golden resource {@code name} beside {@code anchor}. */
  public static void assertMatches(String actual, Class<?> anchor, String name)
      throws IOException {
    String directory = System.getProperty("greenautoml.regenerateGolden");
    if (directory != null) {
      Files.writeString(Path.of(directory).resolve(name), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden file %s", name).isEqualTo(text(anchor, name));
  }
}
