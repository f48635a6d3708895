package org.greenautoml.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --verbose}, the logging set-up, and the output streams of
 * its {@code CommandLine} (so that tests can capture them).
 */
abstract class CliCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--verbose", description = "Show the library's INFO log lines.")
  boolean verbose;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public final Integer call() throws Exception {
    CliLogging.configure(verbose);
    return run();
  }

  /** The command's work; returns the exit status. */
  abstract int run() throws Exception;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
