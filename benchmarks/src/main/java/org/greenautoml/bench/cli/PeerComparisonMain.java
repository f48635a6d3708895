package org.greenautoml.bench.cli;

import org.greenautoml.bench.suite.PeerComparison;
import picocli.CommandLine;

/** The launcher of {@link PeerComparison}; {@code System.exit} is allowed only in a {@code .cli} main. */
public final class PeerComparisonMain {

  private PeerComparisonMain() {}

  /** Writes the peers table with command-line arguments and exits with the command's status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PeerComparison()).execute(args));
  }
}
