package org.greenautoml.cli;

/**
 * A mistake on the command line that no library call reports by itself (an output directory that
 * already holds a search, a missing file): printed as one line, exit status 2.
 */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
