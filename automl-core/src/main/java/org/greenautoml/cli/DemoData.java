package org.greenautoml.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;

/**
 * The demo dataset bundled in the jar: Breast Cancer Wisconsin (Diagnostic), 569 rows, 30 numeric
 * features, target {@code class} (Street, Wolberg and Mangasarian 1993; see the resource's
 * README). Copied to a temporary file under its own name, so that the report names it.
 */
final class DemoData {

  /** The demo's target column. */
  static final String TARGET = "class";

  private DemoData() {}

  static TabularData read(String target) {
    try (InputStream in = DemoData.class.getResourceAsStream(FitCommand.DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo dataset " + FitCommand.DEMO_RESOURCE
            + " is missing from the jar");
      }
      Path folder = Files.createTempDirectory("greenautoml-demo");
      Path file = folder.resolve("breast-cancer-wisconsin.csv");
      try {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return TabularReader.builder().target(target).build().read(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the demo dataset to a temporary file", e);
    }
  }
}
