package org.greenautoml.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON form of {@link RunFacts} ({@value RunReports#RUN_JSON}): the record's components by
 * name, instants as ISO-8601 text, with a {@code "run_facts_version"} of {@value #VERSION}.
 * Version 1 (no test scores, no test set) is still read.
 */
final class RunFactsJson {

  static final int VERSION = 2;

  /** The file's top level: a version and the facts. */
  record File(int runFactsVersion, RunFacts facts) {}

  private RunFactsJson() {}

  static void write(RunFacts facts, Path file) throws IOException {
    AtomicFiles.write(file.getParent(), file.getFileName().toString(), out -> {
      mapper().writeValue(out, new File(VERSION, facts));
      out.write('\n');
    });
  }

  static RunFacts read(Path file) throws IOException {
    File read;
    try {
      read = mapper().readValue(file.toFile(), File.class);
    } catch (JacksonException e) {
      throw new ReportFormatException(file, "not a valid run file: " + e.getOriginalMessage(), e);
    }
    if (read.runFactsVersion() < 1 || read.runFactsVersion() > VERSION || read.facts() == null) {
      throw new ReportFormatException(file, "run_facts_version must be 1 to " + VERSION
          + ", found " + read.runFactsVersion(), null);
    }
    return read.facts();
  }

  private static ObjectMapper mapper() {
    SimpleModule instants = new SimpleModule("instants");
    instants.addSerializer(Instant.class, ToStringSerializer.instance);
    instants.addDeserializer(Instant.class, new InstantText());
    return new ObjectMapper()
        .registerModule(instants)
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private static final class InstantText extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantText() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return Instant.parse(parser.getValueAsString());
      } catch (DateTimeParseException | NullPointerException e) {
        return (Instant) context.handleWeirdStringValue(
            Instant.class, parser.getValueAsString(), "an ISO-8601 instant is needed");
      }
    }
  }

  static boolean exists(Path directory) {
    return Files.isRegularFile(directory.resolve(RunReports.RUN_JSON));
  }
}
