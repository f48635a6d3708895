package org.greenautoml.cli;

import org.greenautoml.errors.GreenAutoMLException;

/**
 * A mistake on the command line that no library call reports by itself (an output directory that
 * already holds a search, a missing file), or a library error given a command-line hint: printed
 * as one line, exit status 2, as every {@link GreenAutoMLException}.
 */
final class UserError extends GreenAutoMLException {

  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }

  UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
