package org.greenautoml.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * How logs look on the command line (only the CLI decides that; libraries log through {@code
 * System.Logger}, which goes to java.util.logging). By default WARNING and above, one line each,
 * on standard error, and Tribuo's and its libraries' INFO chatter (every bagged tree, every SGD
 * epoch) hidden; with {@code --verbose}, INFO from GreenAutoML and WARNING from the libraries
 * (FINE and INFO from the libraries are noise a user cannot act on).
 */
final class CliLogging {

  /** Library loggers whose INFO output is chatter. */
  static final List<String> QUIET = List.of("org.tribuo", "com.oracle.labs", "ml.dmlc", "libsvm", "com.hazelcast");

  /** Strong references: java.util.logging keeps loggers weakly, and their levels with them. */
  private static final List<Logger> CONFIGURED = new ArrayList<>();

  private CliLogging() {}

  static synchronized void configure(boolean verbose) {
    LogManager.getLogManager().reset();
    CONFIGURED.clear();
    Logger root = Logger.getLogger("");
    root.setLevel(verbose ? Level.INFO : Level.WARNING);
    ConsoleHandler handler = new ConsoleHandler();
    handler.setLevel(Level.ALL);
    handler.setFormatter(new OneLine());
    root.addHandler(handler);
    CONFIGURED.add(root);
    for (String name : QUIET) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.WARNING);
      CONFIGURED.add(logger);
    }
  }

  private static final class OneLine extends Formatter {
    @Override
    public String format(LogRecord record) {
      String text = record.getLevel() + " " + formatMessage(record);
      if (record.getThrown() != null) {
        text += " (" + record.getThrown() + ")";
      }
      return text + System.lineSeparator();
    }
  }
}
