package org.greenautoml.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.greenautoml.data.DatasetEntry;
import org.greenautoml.data.DatasetRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code greenautoml datasets [MANIFEST]}: lists the datasets of a MANIFEST.tsv. */
@Command(
    name = "datasets",
    description = "List the datasets of a MANIFEST.tsv (default: ../shared/datasets/MANIFEST.tsv).",
    footer = {"", "Example:", "  greenautoml datasets ../shared/datasets/MANIFEST.tsv"})
final class DatasetsCommand extends CliCommand {

  static final Path DEFAULT_MANIFEST = Paths.get("..", "shared", "datasets", "MANIFEST.tsv");

  @Parameters(index = "0", arity = "0..1", paramLabel = "MANIFEST",
      description = "A dataset manifest (tab-separated, with a header).")
  Path manifest;

  @Override
  int run() throws Exception {
    Path file = manifest != null ? manifest : DEFAULT_MANIFEST;
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null,
          manifest == null ? "the default manifest is missing; name one" : null);
    }
    DatasetRegistry registry = DatasetRegistry.fromManifest(file);
    out().printf(Locale.ROOT, "%-28s %8s %8s %7s  %-16s %s%n", "name", "rows", "features",
        "classes", "target", "file");
    for (DatasetEntry e : registry.entries()) {
      out().printf(Locale.ROOT, "%-28s %8d %8d %7d  %-16s %s%n", e.name(), e.rows(), e.features(),
          e.classes(), e.targetColumn(), e.file().getFileName());
    }
    out().flush();
    return 0;
  }
}
