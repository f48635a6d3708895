package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report of a run into an output directory: {@value #REPORT_JSON} (schema in
 * {@code docs/report-schema.md}), {@value #TRIALS_CSV} and a self-contained {@value #REPORT_HTML}
 * with inline SVG charts. Each file is written to a temporary file in the directory and moved into
 * place atomically, so no partial file ever carries a final name; nothing is written outside the
 * directory. The output is a deterministic function of the report. Thread-safe (stateless).
 */
public final class ReportWriter {

  /** The JSON report's file name. */
  public static final String REPORT_JSON = "report.json";

  /** The per-trial CSV's file name. */
  public static final String TRIALS_CSV = "trials.csv";

  /** The HTML report's file name. */
  public static final String REPORT_HTML = "report.html";

  private ReportWriter() {}

  /**
   * Writes the three files into {@code outputDirectory}, creating it if needed.
   *
   * @return the paths written: report.json, trials.csv, report.html
   * @throws IOException if the directory cannot be created or a file cannot be written
   */
  public static List<Path> write(RunReport report, Path outputDirectory) throws IOException {
    requireNonNull(report, "report must not be null");
    requireNonNull(outputDirectory, "output directory must not be null");
    Files.createDirectories(outputDirectory);
    ObjectMapper mapper = mapper();
    ReportJsonWriter json = new ReportJsonWriter(mapper);
    Path jsonFile = AtomicFiles.write(outputDirectory, REPORT_JSON, out -> {
      mapper.writeValue(out, json.toJson(report));
      out.write('\n');
    });
    Path csvFile = AtomicFiles.write(
        outputDirectory, TRIALS_CSV, out -> new TrialsCsv(json).write(report, out));
    Path htmlFile = AtomicFiles.write(
        outputDirectory, REPORT_HTML, out -> out.write(HtmlReport.render(report)));
    return List.of(jsonFile, csvFile, htmlFile);
  }

  /** The JSON text of {@code report}, exactly as {@link #write} puts it in report.json. */
  public static String toJson(RunReport report) {
    requireNonNull(report, "report must not be null");
    ObjectMapper mapper = mapper();
    try {
      return mapper.writeValueAsString(new ReportJsonWriter(mapper).toJson(report)) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render a JSON tree held in memory", e);
    }
  }

  /** The HTML page of {@code report}, exactly as {@link #write} puts it in report.html. */
  public static String toHtml(RunReport report) {
    return HtmlReport.render(requireNonNull(report, "report must not be null"));
  }

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }
}
