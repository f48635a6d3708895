package org.greenautoml.bench.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenautoml.bench.suite.BenchmarkSuite;
import picocli.CommandLine;

/**
 * The launcher of {@link BenchmarkSuite}. It lives in a {@code .cli} package because the module
 * rules allow {@code System.exit} only in a command-line {@code main} there.
 */
public final class BenchmarkSuiteMain {

  /** Held so that the level set on Tribuo's logger is not lost to garbage collection. */
  private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

  private BenchmarkSuiteMain() {}

  /** Runs the suite with command-line arguments and exits with its status. */
  public static void main(String[] args) {
    TRIBUO.setLevel(Level.WARNING);
    System.exit(new CommandLine(new BenchmarkSuite()).execute(args));
  }
}
