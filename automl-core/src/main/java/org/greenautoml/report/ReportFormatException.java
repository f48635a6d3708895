package org.greenautoml.report;

import java.nio.file.Path;
import org.greenautoml.errors.GreenAutoMLException;

/**
 * A {@code report.json} that cannot be read: malformed JSON, an unsupported schema version, or a
 * missing or invalid field. The message names the file and the field's JSON path, for example
 * {@code "out/report.json: trials[3].family is missing"}.
 */
public final class ReportFormatException extends GreenAutoMLException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  ReportFormatException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }
}
