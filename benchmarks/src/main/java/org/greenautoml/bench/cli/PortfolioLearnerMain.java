package org.greenautoml.bench.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenautoml.bench.portfolio.PortfolioLearner;
import picocli.CommandLine;

/** The launcher of {@link PortfolioLearner}; {@code System.exit} is allowed only in a {@code .cli} main. */
public final class PortfolioLearnerMain {

  /** Held so that the level set on Tribuo's logger is not lost to garbage collection. */
  private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

  private PortfolioLearnerMain() {}

  /** Learns the portfolio with command-line arguments and exits with the command's status. */
  public static void main(String[] args) {
    TRIBUO.setLevel(Level.WARNING);
    System.exit(new CommandLine(new PortfolioLearner()).execute(args));
  }
}
