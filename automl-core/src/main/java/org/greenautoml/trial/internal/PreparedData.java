package org.greenautoml.trial.internal;

import org.greenautoml.trial.Preprocessor;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.greenautoml.data.DatasetException;
import org.greenautoml.data.NestedSubsampler;
import org.greenautoml.data.StratifiedSplit;
import org.greenautoml.family.DataProfile;
import org.greenautoml.family.ModelFamily;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableDataset;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.classification.Label;
import org.tribuo.dataset.DatasetView;

/**
 * The data of one search: the training partition and the validation rows, encoded once and
 * shared by every trial.
 *
 * <p>Each preprocessing need (imputation, standardisation) gets one preprocessed copy, fitted on
 * the whole training partition and built on first use. A trial at fidelity {@code f} trains on
 * the nested stratified subsample {@link NestedSubsampler#rows(double)} of that copy, as a view
 * that shares the examples instead of copying them. Thread-safe.
 */
public final class PreparedData {

  private final Dataset<Label> train;
  private final Dataset<Label> validation;
  private final Set<String> featuresWithMissingValues;
  private final NestedSubsampler subsampler;
  private final DataProfile profile;
  private final long seed;
  private final int[] trainLabels;
  private final Map<Need, Processed> processed = new ConcurrentHashMap<>();
  private final Map<Need, List<Split>> folds = new ConcurrentHashMap<>();
  private final Map<Need, Dataset<Label>> allRows = new ConcurrentHashMap<>();

  /**
   * Rows to train on and rows to score on.
   *
   * @param train the rows to train on
   * @param validation the rows to score on
   */
  public record Split(Dataset<Label> train, Dataset<Label> validation) {
    /** Requires both parts. */
    public Split {
      requireNonNull(train, "train");
      requireNonNull(validation, "validation");
    }
  }

  private record Need(boolean impute, boolean standardise) {}

  private record Processed(
      Preprocessor preprocessor, Dataset<Label> train, Dataset<Label> validation) {}

  private PreparedData(
      Dataset<Label> train,
      Dataset<Label> validation,
      Set<String> featuresWithMissingValues,
      long seed) {
    this.train = train;
    this.validation = validation;
    this.featuresWithMissingValues = Set.copyOf(featuresWithMissingValues);
    this.trainLabels = labelIndices(train);
    this.subsampler = new NestedSubsampler(trainLabels, seed);
    this.seed = seed;
    this.profile = profileOf(train, !featuresWithMissingValues.isEmpty());
  }

  /**
   * Prepares encoded training and validation data.
   *
   * @param train the encoded training partition
   * @param validation the encoded validation rows
   * @param featuresWithMissingValues the numeric features that have missing cells (left absent
   *     by the encoder)
   * @param seed the seed of the fidelity ladder's subsamples
   */
  public static PreparedData of(
      Dataset<Label> train,
      Dataset<Label> validation,
      Set<String> featuresWithMissingValues,
      long seed) {
    requireNonNull(train, "train");
    requireNonNull(validation, "validation");
    requireNonNull(featuresWithMissingValues, "featuresWithMissingValues");
    return new PreparedData(train, validation, featuresWithMissingValues, seed);
  }

  /** What the families need to know to decide whether they apply. */
  public DataProfile profile() {
    return profile;
  }

  /** The encoded training partition, before any preprocessing (for worker processes). */
  public Dataset<Label> encodedTraining() {
    return train;
  }

  /** The encoded validation rows, before any preprocessing (for worker processes). */
  public Dataset<Label> encodedValidation() {
    return validation;
  }

  /** The numeric features that have missing cells. */
  public Set<String> featuresWithMissingValues() {
    return featuresWithMissingValues;
  }

  /** The seed of the fidelity ladder's subsamples. */
  public long subsampleSeed() {
    return seed;
  }

  /** The number of training rows a trial at {@code fidelity} sees. */
  public int trainingRows(double fidelity) {
    return subsampler.rows(fidelity).length;
  }

  /** The number of validation rows. */
  public int validationRows() {
    return validation.size();
  }

  /** The nested subsample of the training rows at {@code fidelity}, preprocessed for {@code family}. */
  public Dataset<Label> trainingSubsample(ModelFamily family, double fidelity) {
    Processed data = processedFor(family);
    int[] rows = subsampler.rows(fidelity);
    if (rows.length == data.train().size()) {
      return data.train();
    }
    return new DatasetView<>(
        data.train(),
        rows,
        data.train().getFeatureIDMap(),
        data.train().getOutputIDInfo(),
        "fidelity=" + fidelity);
  }

  /** The validation rows, preprocessed for {@code family}. */
  public Dataset<Label> validation(ModelFamily family) {
    return processedFor(family).validation();
  }

  /** The preprocessing that {@code family}'s models expect in front of them. */
  public Preprocessor preprocessor(ModelFamily family) {
    return processedFor(family).preprocessor();
  }

  /** The number of training plus validation rows. */
  public int allRowCount() {
    return train.size() + validation.size();
  }

  /**
   * Every row the search was given, training and validation, preprocessed for {@code family}
   * (with the preprocessing fitted on the training partition, so a model trained on them keeps
   * {@link #preprocessor(ModelFamily)}): what a refit trains on.
   */
  public Dataset<Label> allRows(ModelFamily family) {
    Need need = needOf(family);
    return allRows.computeIfAbsent(need, n -> {
      Processed data = processed.computeIfAbsent(n, this::process);
      List<Example<Label>> examples = new ArrayList<>(allRowCount());
      data.train().forEach(examples::add);
      data.validation().forEach(examples::add);
      return combined(examples, data.train(), "all rows");
    });
  }

  /**
   * The other folds of a stratified k-fold cross-validation whose first fold is the search's own
   * split, with {@code k = parts + 1}: the training partition is dealt into {@code parts}
   * stratified parts (seeded), and fold {@code j} trains on the other parts plus the validation
   * rows and scores on part {@code j}. With a validation fraction of {@code 1 / k} every fold
   * scores on about {@code n / k} rows, as in plain k-fold. Preprocessed for {@code family}.
   *
   * @return the {@code parts} extra folds, or empty when a class has fewer than {@code parts}
   *     training rows
   */
  public List<Split> otherFolds(ModelFamily family, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, found " + parts);
    }
    Need need = needOf(family);
    List<Split> cached = folds.get(need);
    if (cached != null && cached.size() == parts) {
      return cached;
    }
    List<StratifiedSplit.Fold> dealt;
    try {
      dealt = StratifiedSplit.kFold(trainLabels, parts, seed ^ 0x5DEECE66DL);
    } catch (DatasetException e) {
      return List.of();
    }
    Processed data = processed.computeIfAbsent(need, this::process);
    List<Split> splits = new ArrayList<>();
    for (StratifiedSplit.Fold fold : dealt) {
      List<Example<Label>> fit = new ArrayList<>();
      for (int row : fold.train()) {
        fit.add(data.train().getExample(row));
      }
      data.validation().forEach(fit::add);
      List<Example<Label>> score = new ArrayList<>();
      for (int row : fold.test()) {
        score.add(data.train().getExample(row));
      }
      splits.add(new Split(combined(fit, data.train(), "fold train"),
          combined(score, data.train(), "fold validation")));
    }
    folds.put(need, List.copyOf(splits));
    return folds.get(need);
  }

  private static Dataset<Label> combined(
      List<Example<Label>> examples, Dataset<Label> like, String tag) {
    return new ImmutableDataset<>(examples,
        new SimpleDataSourceProvenance(tag, like.getOutputFactory()), like.getOutputFactory(),
        like.getFeatureIDMap(), like.getOutputIDInfo(), false);
  }

  private Need needOf(ModelFamily family) {
    return new Need(
        !family.handlesMissingValues() && !featuresWithMissingValues.isEmpty(),
        family.needsStandardisation());
  }

  private Processed processedFor(ModelFamily family) {
    return processed.computeIfAbsent(needOf(family), this::process);
  }

  private Processed process(Need need) {
    Preprocessor preprocessor =
        Preprocessor.fit(train, featuresWithMissingValues, need.impute(), need.standardise());
    return new Processed(preprocessor, preprocessor.apply(train), preprocessor.apply(validation));
  }

  private static int[] labelIndices(Dataset<Label> data) {
    List<String> names = new ArrayList<>(new TreeSet<>(labelNames(data)));
    int[] indices = new int[data.size()];
    int row = 0;
    for (Example<Label> example : data) {
      indices[row++] = names.indexOf(example.getOutput().getLabel());
    }
    return indices;
  }

  private static Set<String> labelNames(Dataset<Label> data) {
    Set<String> names = new TreeSet<>();
    for (Example<Label> example : data) {
      names.add(example.getOutput().getLabel());
    }
    return names;
  }

  private static DataProfile profileOf(Dataset<Label> data, boolean hasMissingValues) {
    boolean nonNegative = true;
    for (Example<Label> example : data) {
      for (Feature feature : example) {
        nonNegative &= feature.getValue() >= 0;
      }
    }
    return new DataProfile(
        data.size(),
        data.getFeatureIDMap().size(),
        labelNames(data).size(),
        nonNegative,
        hasMissingValues);
  }
}
