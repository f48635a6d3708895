package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class DatasetsCommandTest {

  @Test
  void datasets_sharedManifest_listsItsDatasets() {
    Path manifest =
        Paths.get(System.getProperty("greenautoml.shared", "../shared"), "datasets", "MANIFEST.tsv");
    Assumptions.assumeTrue(Files.isRegularFile(manifest), "no shared manifest at " + manifest);

    CliRun datasets = CliRun.of("datasets", manifest.toString());

    assertThat(datasets.status()).as(datasets.err()).isZero();
    assertThat(datasets.out()).containsPattern("iris +150 +4 +3 +class")
        .containsPattern("breast-cancer-wisconsin +569 +30 +2");
  }

  @Test
  void datasets_missingManifest_exitsTwo() {
    FitCommandTest.assertUserError(CliRun.of("datasets", "/nonexistent/MANIFEST.tsv"),
        "MANIFEST.tsv");
  }

  @Test
  void help_everyCommand_showsExamples() {
    for (String command : new String[] {"fit", "report", "select", "export", "predict", "meter",
        "datasets"}) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.status()).isZero();
      assertThat(help.out()).as(command).contains("Usage: greenautoml " + command)
          .contains("Example");
    }
  }
}
