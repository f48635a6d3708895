package org.greenautoml.search.journal;

/**
 * A journal written by another search (other data, seed, scheduler, space or settings), which
 * this search therefore cannot resume. The message says which part differs.
 */
public final class JournalMismatchException extends JournalException {

  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public JournalMismatchException(String message) {
    super(message);
  }

  /** An error with its message and the exception it was raised from. */
  public JournalMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
