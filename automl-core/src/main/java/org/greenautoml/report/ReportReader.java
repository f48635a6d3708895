package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@code report.json} written by {@link ReportWriter} back into a {@link RunReport}.
 * {@code read(write(r))} equals {@code r}. Unknown fields are ignored (they may be added within a
 * schema version); a different schema version is refused. Thread-safe (stateless).
 */
public final class ReportReader {

  private ReportReader() {}

  /**
   * Reads the report at {@code reportJson}.
   *
   * @throws IOException if the file cannot be read
   * @throws ReportFormatException if it is not a valid report of schema version
   *     {@value RunReport#SCHEMA_VERSION}; the message names the file and the field
   */
  public static RunReport read(Path reportJson) throws IOException {
    requireNonNull(reportJson, "report path must not be null");
    JsonNode root;
    try (Reader in = Files.newBufferedReader(reportJson, StandardCharsets.UTF_8)) {
      root = ReportWriter.mapper().readTree(in);
    } catch (JacksonException e) {
      throw new ReportFormatException(reportJson, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return new ReportJsonReader().fromJson(root);
    } catch (JsonFields.FieldException | IllegalArgumentException e) {
      throw new ReportFormatException(reportJson, e.getMessage(), e);
    }
  }
}
