package org.greenautoml.errors;

/**
 * The base of every user-facing GreenAutoML error: a mistake in what the user asked for or gave (a
 * budget, a family name, a dataset the search cannot use, an unknown region, a journal of another
 * search, a model that cannot be exported, a damaged report), found before or instead of doing the
 * work. Each module's errors extend it ({@code DatasetException}, {@code EnergyException}, {@code
 * JournalMismatchException}, {@code ExportException}, {@code ReportFormatException}); the engine
 * throws it directly for settings and data it cannot use. It lives in this module, below every
 * other, because the energy-meter, datasets and search modules do not depend on one another.
 *
 * <p>The message is a sentence meant for the user, and the exception keeps the cause it was
 * raised from. The command line tells user errors from internal ones by this type (and its
 * subtypes by theirs), never by the message: it prints the message without a stack trace and
 * exits with status 2.
 */
public class GreenAutoMLException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a user-facing message. */
  public GreenAutoMLException(String message) {
    super(message);
  }

  /** An exception with a user-facing message and the exception that caused it. */
  public GreenAutoMLException(String message, Throwable cause) {
    super(message, cause);
  }
}
