package org.greenautoml.export;

import org.greenautoml.errors.GreenAutoMLException;

/**
 * A user mistake or an unusable file met while saving, exporting or loading a model: an unknown
 * trial id, a path that leaves the run directory, a format a family cannot be written in, a
 * corrupted model file. The message is meant for the user as it is (the CLI prints it and exits
 * with code 2); there is no need to show the stack trace.
 */
public final class ExportException extends GreenAutoMLException {

  private static final long serialVersionUID = 1L;

  /** An exception with a user-facing message. */
  public ExportException(String message) {
    super(message);
  }

  /** An exception with a user-facing message and the failure behind it. */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
