package org.greenautoml.trial;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenautoml.trial.FeatureTransform.WhenAbsent;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Imputation and standardisation fitted on the training rows and applied identically to every
 * other row (validation, test, new data), without Tribuo's {@code TransformedModel}, which does
 * not export to ONNX: the trained model sees transformed examples and the {@link InputLayout}
 * travels with it.
 *
 * <p>Missing values arrive as absent features (the datasets module leaves a missing numeric cell
 * out of the sparse example; a NaN value is read as missing too). For a feature listed as having
 * missing values, {@code impute} replaces an absent value by the mean of the observed training
 * values; without {@code impute} it stays absent (XGBoost learns where missing values go). Any
 * other absent feature means 0, Tribuo's convention (an inactive one-hot indicator).
 *
 * <p>{@code standardise} maps each feature to {@code (x - mean) / sd} with the training mean and
 * population standard deviation of the column as the model sees it (after imputation, absent
 * zeros included), as scikit-learn's {@code StandardScaler} does; a constant column is only
 * centred. <b>Indicator features</b>, whose observed training values are all 0 or 1 (one-hot
 * columns and binary flags), are <b>left unscaled</b>: they are already on a unit scale, and
 * keeping them sparse keeps one-hot data cheap. Features unseen in training are dropped, since a
 * model trained here has no weight for them.
 *
 * <p>Immutable and thread-safe. Fitting reads the training rows once: O(rows x active features).
 */
public final class Preprocessor {

  private final InputLayout layout;
  private final Map<String, Integer> positions;

  private Preprocessor(InputLayout layout) {
    this.layout = layout;
    this.positions = new HashMap<>();
    List<FeatureTransform> features = layout.features();
    for (int i = 0; i < features.size(); i++) {
      positions.put(features.get(i).name(), i);
    }
  }

  /**
   * Fits the transform on the training rows.
   *
   * @param train the training rows; never the validation or test rows
   * @param featuresWithMissingValues the features whose absence means "missing" rather than 0;
   *     names absent from {@code train} are ignored (a feature never observed in training has no
   *     weight in the model)
   * @param impute whether to replace missing values by the training mean of the observed values
   * @param standardise whether to centre and scale the non-indicator features
   * @throws IllegalArgumentException if {@code train} is empty, or has a NaN value in a feature not
   *     listed as having missing values
   */
  public static Preprocessor fit(
      Dataset<Label> train,
      Set<String> featuresWithMissingValues,
      boolean impute,
      boolean standardise) {
    requireNonNull(train, "train");
    requireNonNull(featuresWithMissingValues, "featuresWithMissingValues");
    if (train.size() == 0) {
      throw new IllegalArgumentException("training rows must not be empty, found 0 rows");
    }
    ImmutableFeatureMap featureMap = train.getFeatureIDMap();
    ColumnStatistics[] columns = new ColumnStatistics[featureMap.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = new ColumnStatistics();
    }
    for (Example<Label> example : train) {
      for (Feature feature : example) {
        int id = featureMap.getID(feature.getName());
        double value = feature.getValue();
        if (Double.isNaN(value)) {
          requireMissingAllowed(feature.getName(), featuresWithMissingValues);
        } else {
          columns[id].add(value);
        }
      }
    }
    List<FeatureTransform> transforms = new ArrayList<>(columns.length);
    for (int id = 0; id < columns.length; id++) {
      String name = featureMap.get(id).getName();
      boolean missing = featuresWithMissingValues.contains(name);
      transforms.add(columns[id].transform(name, missing, impute, standardise, train.size()));
    }
    return new Preprocessor(new InputLayout(transforms));
  }

  /** The preprocessing a saved {@link InputLayout} describes, as {@link #layout()} wrote it. */
  public static Preprocessor of(InputLayout layout) {
    return new Preprocessor(requireNonNull(layout, "layout"));
  }

  /** The fitted layout: feature order, imputation values, centres and scales. */
  public InputLayout layout() {
    return layout;
  }

  /**
   * The transformed copy of every example of {@code data}, with the same outputs, weights,
   * metadata and provenance.
   *
   * @throws IllegalArgumentException as {@link #apply(Example)}
   */
  public MutableDataset<Label> apply(Dataset<Label> data) {
    requireNonNull(data, "data");
    MutableDataset<Label> transformed =
        new MutableDataset<>(data.getProvenance(), data.getOutputFactory());
    for (Example<Label> example : data) {
      transformed.add(apply(example));
    }
    return transformed;
  }

  /**
   * The transformed copy of one example.
   *
   * @throws IllegalArgumentException if a feature appears twice, or a feature that cannot be
   *     missing holds NaN
   */
  public Example<Label> apply(Example<Label> example) {
    requireNonNull(example, "example");
    List<FeatureTransform> features = layout.features();
    double[] raw = new double[features.size()];
    boolean[] present = new boolean[features.size()];
    for (Feature feature : example) {
      Integer position = positions.get(feature.getName());
      if (position == null) {
        continue;
      }
      if (present[position]) {
        throw new IllegalArgumentException(
            "feature " + feature.getName() + " must appear once per example, found twice");
      }
      if (Double.isNaN(feature.getValue())) {
        if (features.get(position).whenAbsent() == WhenAbsent.ZERO) {
          throw new IllegalArgumentException(
              "feature " + feature.getName() + " must not be NaN: it was not listed as having"
                  + " missing values when the preprocessor was fitted");
        }
        continue;
      }
      raw[position] = feature.getValue();
      present[position] = true;
    }
    ArrayExample<Label> transformed =
        new ArrayExample<>(example.getOutput(), example.getWeight(), example.getMetadata());
    for (int i = 0; i < raw.length; i++) {
      FeatureTransform transform = features.get(i);
      if (present[i]) {
        transformed.add(transform.name(), transform.transform(raw[i]));
      } else if (transform.whenAbsent() == WhenAbsent.IMPUTE) {
        transformed.add(transform.name(), transform.transform(transform.fill()));
      } else if (transform.whenAbsent() == WhenAbsent.ZERO && transform.centre() != 0.0) {
        transformed.add(transform.name(), transform.transform(0.0));
      }
    }
    return transformed;
  }

  private static void requireMissingAllowed(String name, Set<String> featuresWithMissingValues) {
    if (!featuresWithMissingValues.contains(name)) {
      throw new IllegalArgumentException(
          "feature " + name + " must not be NaN in the training rows unless it is listed among"
              + " the features with missing values");
    }
  }

  /** Running count, mean and sum of squared deviations of the observed values (Welford). */
  private static final class ColumnStatistics {
    private long count;
    private double mean;
    private double squaredDeviations;
    private boolean indicator = true;

    void add(double value) {
      count++;
      double delta = value - mean;
      mean += delta / count;
      squaredDeviations += delta * (value - mean);
      indicator &= value == 0.0 || value == 1.0;
    }

    FeatureTransform transform(
        String name, boolean missing, boolean impute, boolean standardise, int rows) {
      WhenAbsent whenAbsent =
          !missing ? WhenAbsent.ZERO : impute ? WhenAbsent.IMPUTE : WhenAbsent.MISSING;
      double fill = whenAbsent == WhenAbsent.IMPUTE ? mean : 0.0;
      if (!standardise || indicator) {
        return new FeatureTransform(name, whenAbsent, fill, 0.0, 1.0);
      }
      double columnMean;
      double variance;
      switch (whenAbsent) {
        case IMPUTE -> {
          columnMean = mean;
          variance = squaredDeviations / rows;
        }
        case MISSING -> {
          columnMean = mean;
          variance = squaredDeviations / count;
        }
        default -> {
          long zeros = rows - count;
          columnMean = mean * count / rows;
          double shift = mean - columnMean;
          variance =
              (squaredDeviations + count * shift * shift + zeros * columnMean * columnMean) / rows;
        }
      }
      double sd = Math.sqrt(Math.max(0.0, variance));
      return new FeatureTransform(name, whenAbsent, fill, columnMean, sd > 0.0 ? sd : 1.0);
    }
  }
}
