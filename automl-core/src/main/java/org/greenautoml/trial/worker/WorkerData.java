package org.greenautoml.trial.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenautoml.trial.internal.PreparedData;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.impl.ArrayExample;

/**
 * The data file a search hands its workers: the encoded training and validation examples in
 * order, as JSON lines (format in {@link org.greenautoml.trial.worker}), from which a worker
 * rebuilds an identical {@link PreparedData}.
 */
final class WorkerData {

  private static final LabelFactory LABELS = new LabelFactory();

  private WorkerData() {}

  /** Writes {@code data} to {@code file}. */
  static void write(PreparedData data, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(data, out);
    }
  }

  /** Writes {@code data} to {@code out}, in the format of a data file. */
  static void write(PreparedData data, BufferedWriter out) throws IOException {
    ObjectNode header = WorkerProtocol.MAPPER.createObjectNode();
    header.put("v", WorkerProtocol.VERSION);
    header.put("subsampleSeed", data.subsampleSeed());
    ArrayNode missing = header.putArray("featuresWithMissingValues");
    data.featuresWithMissingValues().stream().sorted().forEach(missing::add);
    header.put("trainingRows", data.encodedTraining().size());
    header.put("validationRows", data.encodedValidation().size());
    line(out, header);
    writeExamples(out, data.encodedTraining());
    writeExamples(out, data.encodedValidation());
  }

  /** Reads a file written by {@link #write}. */
  static PreparedData read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /** Reads data in the format of a data file from {@code in}. */
  static PreparedData read(BufferedReader in) throws IOException {
    JsonNode header = WorkerProtocol.MAPPER.readTree(in.readLine());
    WorkerProtocol.requireVersion(header);
    Set<String> missing = new LinkedHashSet<>();
    header.get("featuresWithMissingValues").forEach(name -> missing.add(name.textValue()));
    Dataset<Label> train = readExamples(in, header.get("trainingRows").intValue(), "train");
    Dataset<Label> validation =
        readExamples(in, header.get("validationRows").intValue(), "validation");
    return PreparedData.of(train, validation, missing, header.get("subsampleSeed").longValue());
  }

  private static void writeExamples(BufferedWriter out, Dataset<Label> data) throws IOException {
    for (Example<Label> example : data) {
      ObjectNode row = WorkerProtocol.MAPPER.createObjectNode();
      row.put("label", example.getOutput().getLabel());
      ArrayNode features = row.putArray("features");
      for (Feature feature : example) {
        features.addArray().add(feature.getName()).add(feature.getValue());
      }
      line(out, row);
    }
  }

  private static Dataset<Label> readExamples(BufferedReader in, int rows, String tag)
      throws IOException {
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("worker data " + tag, LABELS), LABELS);
    for (int row = 0; row < rows; row++) {
      String line = in.readLine();
      if (line == null) {
        throw new IOException("worker data file ends after " + row + " of " + rows + " " + tag
            + " rows");
      }
      JsonNode node = WorkerProtocol.MAPPER.readTree(line);
      List<String> names = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (JsonNode pair : node.get("features")) {
        names.add(pair.get(0).textValue());
        values.add(pair.get(1).asDouble());
      }
      data.add(new ArrayExample<>(new Label(node.get("label").textValue()),
          names.toArray(String[]::new), values.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return data;
  }

  private static void line(BufferedWriter out, JsonNode node) throws IOException {
    out.write(WorkerProtocol.MAPPER.writeValueAsString(node));
    out.write('\n');
  }
}
