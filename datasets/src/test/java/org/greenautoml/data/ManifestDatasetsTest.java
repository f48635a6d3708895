package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads every dataset of {@code ../shared/datasets/MANIFEST.tsv} and checks rows, features and
 * classes against the manifest. Fails, never skips, when the folder is missing.
 */
final class ManifestDatasetsTest {

  static Path manifest() {
    String shared = System.getProperty("greenautoml.shared");
    assertThat(shared).as("system property greenautoml.shared (set by surefire from the root pom)")
        .isNotNull();
    Path path = Path.of(shared, "datasets", "MANIFEST.tsv");
    assertThat(Files.isRegularFile(path)).as("the shared datasets manifest must exist at %s",
        path.toAbsolutePath().normalize()).isTrue();
    return path;
  }

  static Stream<String> names() {
    return DatasetRegistry.fromManifest(manifest()).entries().stream().map(DatasetEntry::name);
  }

  @Test
  void manifest_sharedFolder_listsAtLeastThirtyDatasets() {
    assertThat(DatasetRegistry.fromManifest(manifest()).entries()).hasSizeGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void load_everyManifestDataset_matchesRowsFeaturesAndClasses(String name) {
    DatasetRegistry registry = DatasetRegistry.fromManifest(manifest());
    DatasetEntry entry = registry.entry(name);

    TabularData data = registry.load(name, entry.rows() < 100_000);

    assertThat(data.rowCount()).as("rows").isEqualTo(entry.rows());
    assertThat(data.features()).as("features").hasSize(entry.features());
    assertThat(data.classes()).as("classes").hasSize(entry.classes());
    assertThat(data.targetName()).isEqualTo(entry.targetColumn());
    boolean anyMissing = data.features().stream().anyMatch(ColumnSchema::hasMissing);
    assertThat(anyMissing).as("has missing").isEqualTo(entry.hasMissing());
    List<String> classes = data.classes();
    assertThat(classes).isSorted();
  }
}
