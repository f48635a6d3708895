package org.greenautoml.family;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Test helper: reads a CSV of {@code ../shared/datasets} the way the datasets module encodes it
 * (numeric columns as they are, string columns one-hot as {@code column=value}, an empty cell
 * leaves the feature absent; the last column is the class) and splits it, stratified and seeded.
 */
public final class SharedDatasets {

  private static final LabelFactory LABELS = new LabelFactory();

  private SharedDatasets() {}

  /** A table read into Tribuo, with the numeric features that have empty cells. */
  public record Table(MutableDataset<Label> data, Set<String> featuresWithMissingValues) {}

  /** A stratified train / validation / test split (60 / 20 / 20). */
  public record Split(
      MutableDataset<Label> train,
      MutableDataset<Label> validation,
      MutableDataset<Label> test,
      Set<String> featuresWithMissingValues) {}

  /** Reads {@code <greenautoml.shared>/datasets/<name>.csv}. */
  public static Table load(String name) {
    Path file =
        Path.of(System.getProperty("greenautoml.shared", "../../shared"), "datasets", name + ".csv");
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isEmpty()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }
    String[] header = rows.get(0);
    List<String[]> body = rows.subList(1, rows.size());
    int target = header.length - 1;
    boolean[] numeric = new boolean[target];
    Set<String> missing = new TreeSet<>();
    for (int c = 0; c < target; c++) {
      numeric[c] = true;
      for (String[] row : body) {
        if (row[c].isEmpty()) {
          missing.add(header[c]);
        } else if (!isNumber(row[c])) {
          numeric[c] = false;
        }
      }
      if (!numeric[c]) {
        missing.remove(header[c]);
      }
    }
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance(name, LABELS), LABELS);
    for (String[] row : body) {
      ArrayExample<Label> example = new ArrayExample<>(new Label(row[target]));
      for (int c = 0; c < target; c++) {
        if (row[c].isEmpty()) {
          continue;
        }
        if (numeric[c]) {
          example.add(header[c], Double.parseDouble(row[c]));
        } else {
          example.add(header[c] + "=" + row[c], 1.0);
        }
      }
      if (example.size() > 0) {
        data.add(example); // Tribuo rejects rows without features (all cells missing)
      }
    }
    return new Table(data, missing);
  }

  /** Reads and splits a dataset, stratified by class, seeded. */
  public static Split split(String name, long seed) {
    Table table = load(name);
    Map<String, List<Example<Label>>> byClass = new LinkedHashMap<>();
    for (Example<Label> example : table.data()) {
      byClass.computeIfAbsent(example.getOutput().getLabel(), k -> new ArrayList<>()).add(example);
    }
    Random random = new Random(seed);
    List<List<Example<Label>>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (List<Example<Label>> group : byClass.values()) {
      Collections.shuffle(group, random);
      int trainEnd = (int) Math.round(group.size() * 0.6);
      int validationEnd = (int) Math.round(group.size() * 0.8);
      parts.get(0).addAll(group.subList(0, trainEnd));
      parts.get(1).addAll(group.subList(trainEnd, validationEnd));
      parts.get(2).addAll(group.subList(validationEnd, group.size()));
    }
    return new Split(
        dataset(name + "-train", parts.get(0)),
        dataset(name + "-validation", parts.get(1)),
        dataset(name + "-test", parts.get(2)),
        table.featuresWithMissingValues());
  }

  /** The share of the most frequent class. */
  public static double majorityRate(Dataset<Label> data) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Example<Label> example : data) {
      counts.merge(example.getOutput().getLabel(), 1, Integer::sum);
    }
    return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)
        / (double) data.size();
  }

  /** The share of rows whose predicted label is the true one. */
  public static double accuracy(Model<Label> model, Dataset<Label> data) {
    List<Prediction<Label>> predictions = model.predict(data);
    int correct = 0;
    for (Prediction<Label> prediction : predictions) {
      if (prediction.getOutput().getLabel().equals(prediction.getExample().getOutput().getLabel())) {
        correct++;
      }
    }
    return correct / (double) predictions.size();
  }

  /** The predicted labels, in row order. */
  public static List<String> predictedLabels(Model<Label> model, Dataset<Label> data) {
    return model.predict(data).stream().map(p -> p.getOutput().getLabel()).toList();
  }

  private static MutableDataset<Label> dataset(String name, List<Example<Label>> examples) {
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance(name, LABELS), LABELS);
    examples.forEach(data::add);
    return data;
  }

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
