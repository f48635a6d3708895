package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One small {@code fit} on the demo dataset, shared by the test classes of this package (a search
 * costs seconds): 0.01 g CO2e, two workers, three quick families, the front scored on the demo
 * table as its test file (the plumbing is what is tested, not the scores).
 */
final class DemoRun {

  private static Path directory;

  private DemoRun() {}

  /** The run directory of the shared fit, run on first use. */
  static synchronized Path directory() throws IOException {
    if (directory == null) {
      Path dir = Files.createTempDirectory("greenautoml-cli-test").resolve("run");
      Path test = csv(dir.getParent());
      CliRun fit = CliRun.of("fit", "--budget-g", "0.01", "--workers", "2", "--seed", "7",
          "--families", "logistic,cart,knn", "--test", test.toString(), "--out", dir.toString());
      assertThat(fit.status()).as("fit: %s %s", fit.out(), fit.err()).isZero();
      directory = dir;
    }
    return directory;
  }

  /** The demo CSV, copied to a file. */
  static Path csv(Path folder) throws IOException {
    Path file = folder.resolve("breast-cancer-wisconsin.csv");
    try (InputStream in = DemoRun.class.getResourceAsStream(FitCommand.DEMO_RESOURCE)) {
      Files.copy(in, file);
    }
    return file;
  }
}
