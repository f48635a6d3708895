package org.greenautoml.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.greenautoml.family.SharedDatasets;
import org.greenautoml.family.SharedDatasets.Split;
import org.greenautoml.trial.FeatureTransform.WhenAbsent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

final class PreprocessorTest {

  private static final LabelFactory LABELS = new LabelFactory();

  @Test
  void fit_missingValues_imputesTheMeanOfTheTrainingRowsOnly() {
    MutableDataset<Label> train = dataset(row("a", 1.0, "b", 5.0), row("a", 3.0, "b", 7.0),
        row("b", 9.0));
    Preprocessor preprocessor = Preprocessor.fit(train, Set.of("a"), true, false);

    Example<Label> unseen = preprocessor.apply(row("b", 100.0));
    Example<Label> trainingRow = preprocessor.apply(row("b", 9.0));

    assertThat(values(unseen)).containsEntry("a", 2.0).containsEntry("b", 100.0);
    assertThat(values(trainingRow)).containsEntry("a", 2.0);
    assertThat(preprocessor.layout().features().get(0))
        .isEqualTo(new FeatureTransform("a", WhenAbsent.IMPUTE, 2.0, 0.0, 1.0));
  }

  @Test
  void fit_otherRowsChange_transformOfANewRowDoesNotChange() {
    Split split = SharedDatasets.split("credit-approval", 5L);
    Preprocessor fitted =
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), true, true);
    MutableDataset<Label> withValidation = new MutableDataset<>(
        split.train().getProvenance(), split.train().getOutputFactory());
    split.train().forEach(withValidation::add);
    split.validation().forEach(withValidation::add);
    Preprocessor leaky =
        Preprocessor.fit(withValidation, split.featuresWithMissingValues(), true, true);

    assertThat(fitted.layout()).isEqualTo(
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), true, true).layout());
    assertThat(fitted.layout()).isNotEqualTo(leaky.layout());
  }

  @Test
  void apply_imputedAndStandardisedTrainingRows_haveMeanZeroAndSdOne() {
    Split split = SharedDatasets.split("credit-approval", 5L);
    Preprocessor preprocessor =
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), true, true);

    MutableDataset<Label> transformed = preprocessor.apply(split.train());

    List<FeatureTransform> standardised =
        preprocessor.layout().features().stream().filter(FeatureTransform::standardised).toList();
    assertThat(standardised).extracting(FeatureTransform::name)
        .containsAll(split.featuresWithMissingValues());
    for (FeatureTransform feature : standardised) {
      double[] column = column(transformed, feature.name());
      assertThat(mean(column)).as(feature.name()).isCloseTo(0.0, within(1e-9));
      assertThat(sd(column)).as(feature.name()).isCloseTo(1.0, within(1e-9));
    }
    for (String missing : split.featuresWithMissingValues()) {
      assertThat(present(transformed, missing)).as(missing).isEqualTo(transformed.size());
    }
  }

  @Test
  void apply_oneHotIndicators_areLeftUnscaledAndSparse() {
    Split split = SharedDatasets.split("credit-g", 3L);
    Preprocessor preprocessor = Preprocessor.fit(split.train(), Set.of(), true, true);

    MutableDataset<Label> transformed = preprocessor.apply(split.train());

    FeatureTransform indicator = transform(preprocessor, "checking_status=<0");
    assertThat(indicator.standardised()).isFalse();
    assertThat(column(transformed, "checking_status=<0")).containsOnly(0.0, 1.0);
    assertThat(present(transformed, "checking_status=<0"))
        .isEqualTo(present(split.train(), "checking_status=<0"));
    assertThat(transform(preprocessor, "duration").standardised()).isTrue();
  }

  @Test
  void apply_withoutImputation_keepsMissingValuesAbsentAndValuesUnchanged() {
    Split split = SharedDatasets.split("credit-approval", 5L);
    Preprocessor preprocessor =
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), false, false);

    MutableDataset<Label> transformed = preprocessor.apply(split.validation());

    for (int i = 0; i < transformed.size(); i++) {
      assertThat(values(transformed.getExample(i)))
          .isEqualTo(values(split.validation().getExample(i)));
    }
    assertThat(preprocessor.layout().features())
        .filteredOn(f -> split.featuresWithMissingValues().contains(f.name()))
        .allSatisfy(f -> assertThat(f.whenAbsent()).isEqualTo(WhenAbsent.MISSING));
  }

  @Test
  void apply_datasetAndSingleExamples_transformIdentically() {
    Split split = SharedDatasets.split("credit-approval", 9L);
    Preprocessor preprocessor =
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), true, true);

    MutableDataset<Label> batch = preprocessor.apply(split.test());

    for (int i = 0; i < batch.size(); i++) {
      Example<Label> original = split.test().getExample(i);
      Example<Label> single = preprocessor.apply(original);
      assertThat(values(single)).isEqualTo(values(batch.getExample(i)));
      assertThat(single.getOutput()).isEqualTo(original.getOutput());
      assertThat(single.getWeight()).isEqualTo(original.getWeight());
    }
  }

  @Test
  void of_savedLayoutThroughJson_transformsExactlyAsTheFittedPreprocessor() {
    Split split = SharedDatasets.split("credit-approval", 9L);
    Preprocessor fitted =
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), true, true);

    Preprocessor rebuilt = Preprocessor.of(InputLayout.fromJson(fitted.layout().toJson()));

    for (Example<Label> example : split.test()) {
      assertThat(values(rebuilt.apply(example))).isEqualTo(values(fitted.apply(example)));
    }
  }

  /** Random sparse data against a dense brute-force oracle of the same transform. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void apply_randomSparseData_matchesTheDenseOracle(long seed) {
    Random random = new Random(seed);
    String[] names = {"f0", "f1", "f2", "f3"};
    Set<String> missing = Set.of("f0", "f1");
    List<Example<Label>> rows = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      ArrayExample<Label> example = new ArrayExample<>(new Label(r % 2 == 0 ? "x" : "y"));
      example.add("f3", random.nextInt(2));
      for (int f = 0; f < 3; f++) {
        if (random.nextDouble() < 0.7) {
          example.add(names[f], random.nextGaussian() * (f + 1) * 10 + f);
        }
      }
      rows.add(example);
    }
    MutableDataset<Label> train = dataset(rows);
    Preprocessor preprocessor = Preprocessor.fit(train, missing, true, true);

    for (int f = 0; f < names.length; f++) {
      double[] dense = new double[rows.size()];
      double observedSum = 0;
      int observed = 0;
      for (Example<Label> row : rows) {
        Double value = values(row).get(names[f]);
        if (value != null) {
          observedSum += value;
          observed++;
        }
      }
      double fill = missing.contains(names[f]) ? observedSum / observed : 0.0;
      for (int r = 0; r < rows.size(); r++) {
        dense[r] = values(rows.get(r)).getOrDefault(names[f], fill);
      }
      boolean indicator = f == 3;
      double centre = indicator ? 0.0 : mean(dense);
      double scale = indicator ? 1.0 : sd(dense);
      for (int r = 0; r < rows.size(); r++) {
        double actual = values(preprocessor.apply(rows.get(r))).getOrDefault(names[f], 0.0);
        assertThat(actual).isCloseTo((dense[r] - centre) / scale, within(1e-9));
      }
    }
  }

  @Test
  void apply_unknownFeature_isDropped() {
    Preprocessor preprocessor =
        Preprocessor.fit(dataset(row("a", 1.0), row("a", 2.0)), Set.of(), false, false);

    assertThat(values(preprocessor.apply(row("a", 4.0, "new", 1.0)))).containsOnlyKeys("a");
  }

  @Test
  void apply_nanInAFeatureWithoutMissingValues_isRejectedWithItsName() {
    Preprocessor preprocessor =
        Preprocessor.fit(dataset(row("a", 1.0), row("a", 2.0)), Set.of(), true, true);

    assertThatThrownBy(() -> preprocessor.apply(row("a", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feature a must not be NaN");
  }

  @Test
  void apply_nanInAFeatureWithMissingValues_isImputed() {
    Preprocessor preprocessor = Preprocessor.fit(
        dataset(row("a", 1.0, "b", 1.0), row("b", 1.0), row("a", 3.0, "b", 2.0)),
        Set.of("a"), true, false);

    assertThat(values(preprocessor.apply(row("a", Double.NaN, "b", 1.0)))).containsEntry("a", 2.0);
  }

  @Test
  void fit_emptyTraining_isRejected() {
    MutableDataset<Label> empty = dataset();

    assertThatThrownBy(() -> Preprocessor.fit(empty, Set.of(), true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("training rows must not be empty, found 0 rows");
  }

  @Test
  void layout_toJsonAndBack_isEqual() {
    Split split = SharedDatasets.split("credit-approval", 5L);
    InputLayout layout =
        Preprocessor.fit(split.train(), split.featuresWithMissingValues(), true, true).layout();

    String json = layout.toJson();

    assertThat(InputLayout.fromJson(json)).isEqualTo(layout);
    assertThat(json).contains("\"whenAbsent\":\"IMPUTE\"").doesNotContain("standardised");
    assertThat(layout.featureNames()).isSorted();
  }

  @Test
  void layout_duplicateOrBadValues_areRejected() {
    FeatureTransform a = new FeatureTransform("a", WhenAbsent.ZERO, 0.0, 0.0, 1.0);

    assertThatThrownBy(() -> new InputLayout(List.of(a, a)))
        .hasMessage("feature names must be distinct, found a twice");
    assertThatThrownBy(() -> new FeatureTransform("b", WhenAbsent.ZERO, 0.0, 0.0, 0.0))
        .hasMessage("scale of b must be positive and finite, found 0.0");
    assertThatThrownBy(() -> InputLayout.fromJson("{\"features\":[1]}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FeatureTransform transform(Preprocessor preprocessor, String name) {
    return preprocessor.layout().features().stream()
        .filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static ArrayExample<Label> row(Object... namesAndValues) {
    ArrayExample<Label> example = new ArrayExample<>(new Label("x"));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      example.add((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
    }
    return example;
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  private static MutableDataset<Label> dataset(Example<Label>... rows) {
    return dataset(java.util.Arrays.stream(rows).toList());
  }

  private static MutableDataset<Label> dataset(List<Example<Label>> rows) {
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("test", LABELS), LABELS);
    for (Example<Label> row : rows) {
      data.add(row);
    }
    return data;
  }

  private static Map<String, Double> values(Example<Label> example) {
    Map<String, Double> values = new TreeMap<>();
    for (Feature feature : example) {
      values.put(feature.getName(), feature.getValue());
    }
    return values;
  }

  /** The column as the model sees it: absent values read as 0. */
  private static double[] column(Dataset<Label> data, String name) {
    double[] column = new double[data.size()];
    int i = 0;
    for (Example<Label> example : data) {
      column[i++] = values(example).getOrDefault(name, 0.0);
    }
    return column;
  }

  private static int present(Dataset<Label> data, String name) {
    int count = 0;
    for (Example<Label> example : data) {
      count += values(example).containsKey(name) ? 1 : 0;
    }
    return count;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double sd(double[] values) {
    double mean = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / values.length);
  }

}
