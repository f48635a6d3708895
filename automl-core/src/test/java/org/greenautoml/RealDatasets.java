package org.greenautoml;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenautoml.data.TabularData;
import org.greenautoml.data.TabularReader;

/** Reads the shared benchmark datasets that the engine's tests search. */
public final class RealDatasets {

  private RealDatasets() {}

  /** The dataset file {@code name} (with extension) under {@code <greenautoml.shared>/datasets}. */
  public static TabularData read(String fileName) {
    String shared = System.getProperty("greenautoml.shared");
    if (shared == null) {
      throw new IllegalStateException("system property greenautoml.shared is not set");
    }
    Path file = Path.of(shared, "datasets", fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing shared dataset " + file);
    }
    return TabularReader.builder().build().read(file);
  }
}
