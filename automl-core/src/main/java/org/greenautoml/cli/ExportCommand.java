package org.greenautoml.cli;

import java.nio.file.Path;
import org.greenautoml.SearchResult;
import org.greenautoml.select.ModelSelector;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code greenautoml export DIR}: writes a front model as ONNX or Tribuo protobuf. */
@Command(
    name = "export",
    description = "Export a saved front model of a run as ONNX or in Tribuo's protobuf format.",
    footer = {
      "",
      "FILE is a path inside DIR (absolute paths and '..' are refused); a sidecar JSON stating"
          + " the input layout is written beside it.",
      "",
      "Examples:",
      "  greenautoml export greenautoml-out --knee --format onnx --to knee.onnx",
      "  greenautoml export greenautoml-out --model 17 --format tribuo --to models/17.tribuo"
    })
final class ExportCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "DIR", description = "A run directory written by fit.")
  Path directory;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--model", paramLabel = "ID", required = true, description = "The trial id.")
    Integer id;

    @Option(names = "--knee", required = true, description = "The knee of the front.")
    boolean knee;
  }

  @Option(names = "--format", paramLabel = "onnx|tribuo", required = true,
      description = "onnx or tribuo.")
  String format;

  @Option(names = "--to", paramLabel = "FILE", required = true,
      description = "The file to write, relative to DIR, ending in .onnx or .tribuo.")
  String target;

  @Override
  int run() throws Exception {
    int id = which.id != null ? which.id : knee();
    Path written = ModelFiles.export(directory, id, format, target);
    out().println("trial " + id + " -> " + written);
    return 0;
  }

  private int knee() throws Exception {
    return ModelSelector.front(SearchResult.load(directory)).knee().chosen()
        .orElseThrow(() -> new UserError("the front of " + directory + " is empty: no model to"
            + " export"))
        .id();
  }
}
