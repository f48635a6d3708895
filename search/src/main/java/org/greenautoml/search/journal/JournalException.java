package org.greenautoml.search.journal;

import org.greenautoml.errors.GreenAutoMLException;

/**
 * A journal that cannot be read: a line that is not JSON or not a valid event, in the middle of
 * the file (a torn last line is not an error; resuming repairs it). The message names the file
 * and the line.
 */
public class JournalException extends GreenAutoMLException {

  private static final long serialVersionUID = 1L;

  /** An error with its message and the parse error behind it. */
  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An error with its message. */
  public JournalException(String message) {
    super(message);
  }
}
