package org.greenautoml.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.greenautoml.SearchSettings;
import org.greenautoml.data.ColumnSchema;
import org.greenautoml.data.FeatureEncoder;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.data.TabularData;
import org.greenautoml.energy.Measurement;
import org.greenautoml.energy.MeterScope;
import org.greenautoml.errors.GreenAutoMLException;
import org.greenautoml.trial.internal.PreparedData;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.dataset.DatasetView;

/**
 * Checks a search's data, splits it into training and validation rows and encodes it, under the
 * process meter so that the work is charged to the search.
 */
final class DataPreparation {

  private DataPreparation() {}

  static SearchRun of(SearchSettings settings, TabularData table) {
    requireUsable(table);
    Instant started = Instant.now();
    Measurement process = settings.meter().start(MeterScope.PROCESS);
    StratifiedSplit.Holdout split = StratifiedSplit.holdout(
        table, 1 - settings.validationFraction(), settings.validationFraction(), 0,
        Seeds.of(settings).holdout());
    TabularData train = table.rows(split.train());
    FeatureEncoder encoder = FeatureEncoder.fit(train);
    PreparedData prepared =
        PreparedData.of(
            encoder.encode(train),
            encoder.encode(table.rows(split.validation())),
            encoder.schema().numericWithMissing(),
            Seeds.of(settings).subsample());
    SearchRun.DataIdentity identity =
        new SearchRun.DataIdentity(
            table.source(),
            table.fingerprint(),
            table.rowCount(),
            table.features().size(),
            table.classes().size());
    return new SearchRun(settings, prepared, identity, Optional.of(encoder), process, started);
  }

  static SearchRun of(SearchSettings settings, Dataset<Label> dataset) {
    List<String> classes = new ArrayList<>(classesOf(dataset));
    if (classes.size() < 2) {
      throw new GreenAutoMLException(
          "the dataset has only " + classes + " as classes; a classifier needs at least two");
    }
    Instant started = Instant.now();
    Measurement process = settings.meter().start(MeterScope.PROCESS);
    int[] labels = new int[dataset.size()];
    int row = 0;
    for (Example<Label> example : dataset) {
      labels[row++] = classes.indexOf(example.getOutput().getLabel());
    }
    StratifiedSplit.Holdout split = split(settings, labels);
    DatasetView<Label> train = view(dataset, split.train(), "train");
    DatasetView<Label> validation = view(dataset, split.validation(), "validation");
    SearchRun.DataIdentity identity =
        new SearchRun.DataIdentity(
            "Tribuo dataset (" + dataset.size() + " rows)",
            fingerprint(dataset),
            dataset.size(),
            dataset.getFeatureIDMap().size(),
            classes.size());
    PreparedData prepared = PreparedData.of(train, validation, Set.of(), Seeds.of(settings).subsample());
    return new SearchRun(settings, prepared, identity, Optional.empty(), process, started);
  }

  private static void requireUsable(TabularData table) {
    if (table.features().isEmpty()) {
      throw new GreenAutoMLException(table.source() + ": has no column besides the target '"
          + table.targetName() + "'; a classifier needs at least one feature column");
    }
    java.util.SortedSet<String> present = new TreeSet<>();
    for (int row = 0; row < table.rowCount(); row++) {
      present.add(table.label(row));
    }
    if (present.size() < 2) {
      throw new GreenAutoMLException(
          table.source() + ": the target '" + table.targetName() + "' has only one class ("
              + String.join(", ", present) + "); a classifier needs at least two");
    }
    List<String> allMissing = new ArrayList<>();
    for (ColumnSchema column : table.features()) {
      if (column.missingCount() == table.rowCount()) {
        allMissing.add(column.name());
      }
    }
    if (!allMissing.isEmpty()) {
      throw new GreenAutoMLException(
          table.source() + ": column" + (allMissing.size() > 1 ? "s " : " ")
              + String.join(", ", allMissing) + (allMissing.size() > 1 ? " have" : " has")
              + " no values at all; remove " + (allMissing.size() > 1 ? "them" : "it")
              + " before searching");
    }
  }

  private static StratifiedSplit.Holdout split(SearchSettings settings, int[] labels) {
    return StratifiedSplit.holdout(
        labels, 1 - settings.validationFraction(), settings.validationFraction(), 0,
        Seeds.of(settings).holdout());
  }

  private static DatasetView<Label> view(Dataset<Label> dataset, int[] rows, String tag) {
    return new DatasetView<>(
        dataset, rows, dataset.getFeatureIDMap(), dataset.getOutputIDInfo(), tag);
  }

  private static Set<String> classesOf(Dataset<Label> dataset) {
    Set<String> classes = new TreeSet<>();
    dataset.forEach(example -> classes.add(example.getOutput().getLabel()));
    return classes;
  }

  private static String fingerprint(Dataset<Label> dataset) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Example<Label> example : dataset) {
        digest.update(example.getOutput().getLabel().getBytes(StandardCharsets.UTF_8));
        for (Feature feature : example) {
          digest.update(feature.getName().getBytes(StandardCharsets.UTF_8));
          digest.update(Double.toString(feature.getValue()).getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
