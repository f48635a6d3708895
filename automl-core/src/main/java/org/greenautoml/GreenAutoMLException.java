package org.greenautoml;

/**
 * A mistake in what the user asked for (a budget, a family name, a dataset the search cannot use),
 * found before any energy is spent.
 *
 * <p>The message is a sentence meant for the user; the command line prints it without a stack
 * trace and exits with status 2.
 */
public final class GreenAutoMLException extends RuntimeException {

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
