package org.greenautoml.bench.cli;

import org.greenautoml.bench.suite.SplitFiles;
import picocli.CommandLine;

/** The launcher of {@link SplitFiles}; {@code System.exit} is allowed only in a {@code .cli} main. */
public final class SplitFilesMain {

  private SplitFilesMain() {}

  /** Writes the split files with command-line arguments and exits with the command's status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SplitFiles()).execute(args));
  }
}
