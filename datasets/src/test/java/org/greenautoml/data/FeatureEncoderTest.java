package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/** One-hot encoding, missing and unseen values, and label domain of the encoder. */
final class FeatureEncoderTest {

  @TempDir Path dir;

  private TabularData read(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return TabularReader.builder().build().read(p);
  }

  private static Map<String, Double> features(Example<Label> e) {
    Map<String, Double> m = new HashMap<>();
    for (Feature f : e) {
      m.put(f.getName(), f.getValue());
    }
    return m;
  }

  private static final String TABLE = "x,colour,class\n1.5,red,a\n,blue,b\n0,green,a\n2,red,b\n";

  @Test
  void encode_numericNameAmongOneHotNames_featuresSortedAsArrayExampleSortsThem()
      throws IOException {
    TabularData data = read("interleaved.csv",
        "a,a=b,class\na,5,x\nc,6,y\n,7,x\nc,,y\n");
    FeatureEncoder encoder = FeatureEncoder.fit(data);

    MutableDataset<Label> ds = encoder.encode(data);

    for (int r = 0; r < ds.size(); r++) {
      Example<Label> e = ds.getExample(r);
      Map<String, Double> m = features(e);
      ArrayExample<Label> oracle = new ArrayExample<>(e.getOutput(),
          m.keySet().toArray(new String[0]), m.values().stream().mapToDouble(d -> d).toArray());
      assertThat(e).as("row %d", r).containsExactlyElementsOf(oracle);
      assertThat(e.validateExample()).isTrue();
    }
    assertThat(features(ds.getExample(0))).containsOnly(Map.entry("a=a", 1.0),
        Map.entry("a=b", 5.0));
    assertThat(features(ds.getExample(1))).containsOnly(Map.entry("a=b", 6.0),
        Map.entry("a=c", 1.0));
  }

  @Test
  void encode_table_numericAsIsCategoricalOneHotMissingLeftOut() throws IOException {
    TabularData data = read("t.csv", TABLE);
    FeatureEncoder encoder = FeatureEncoder.fit(data);

    MutableDataset<Label> ds = encoder.encode(data);

    assertThat(encoder.featureNames())
        .containsExactly("x", "colour=blue", "colour=green", "colour=red");
    assertThat(ds.size()).isEqualTo(4);
    assertThat(features(ds.getExample(0))).containsOnly(Map.entry("x", 1.5),
        Map.entry("colour=red", 1.0));
    assertThat(features(ds.getExample(1))).containsOnly(Map.entry("colour=blue", 1.0));
    assertThat(features(ds.getExample(2))).containsEntry("x", 0.0);
    assertThat(ds.getExample(3).getOutput().getLabel()).isEqualTo("b");
    assertThat(encoder.schema().numericWithMissing()).containsExactly("x");
    assertThat(encoder.schema().categories()).containsEntry("colour",
        java.util.List.of("blue", "green", "red"));
    assertThat(encoder.schema().classes()).containsExactly("a", "b");
  }

  @Test
  void encode_examples_sortedAndValidLikeTribuosOwn() throws IOException {
    TabularData data = read("w.csv", "b,a,c,colour,class\n1,2,3,red,x\n4,5,6,blue,y\n");
    FeatureEncoder encoder = FeatureEncoder.fit(data);

    Example<Label> e = encoder.encodeRow(data, 0);

    java.util.List<String> names = new java.util.ArrayList<>();
    e.forEach(f -> names.add(f.getName()));
    assertThat(names).containsExactly("a", "b", "c", "colour=red");
    assertThat(e.validateExample()).isTrue();
    org.tribuo.impl.ArrayExample<Label> tribuo = new org.tribuo.impl.ArrayExample<>(
        new Label("x"), new String[] {"colour=red", "c", "b", "a"}, new double[] {1, 3, 1, 2});
    assertThat(e.lookup("a").getValue()).isEqualTo(tribuo.lookup("a").getValue());
    assertThat(e.size()).isEqualTo(tribuo.size());
  }

  @Test
  void encodeRow_categoryUnseenInTraining_encodesAllZero() throws IOException {
    TabularData data = read("t.csv", TABLE);
    FeatureEncoder encoder = FeatureEncoder.fit(data.rows(new int[] {0, 1, 3}));

    Example<Label> green = encoder.encodeRow(data, 2);

    assertThat(encoder.featureNames()).doesNotContain("colour=green");
    assertThat(features(green)).containsOnly(Map.entry("x", 0.0));
  }

  @Test
  void encodeRow_otherFileWithOtherCategoryOrder_matchesByName() throws IOException {
    FeatureEncoder encoder = FeatureEncoder.fit(read("t.csv", TABLE));
    TabularData other = read("o.csv", "colour,x,class\nred,7,b\nazure,8,a\n");

    assertThat(features(encoder.encodeRow(other, 0))).containsOnly(Map.entry("x", 7.0),
        Map.entry("colour=red", 1.0));
    assertThat(features(encoder.encodeRow(other, 1))).containsOnly(Map.entry("x", 8.0));
  }

  @Test
  void encode_classNotInTraining_throwsNamingIt() throws IOException {
    FeatureEncoder encoder = FeatureEncoder.fit(read("t.csv", TABLE));
    TabularData other = read("o.csv", "x,colour,class\n1,red,c\n2,red,a\n");

    assertThatThrownBy(() -> encoder.encode(other)).isInstanceOf(DatasetException.class)
        .hasMessageContaining("class 'c'").hasMessageContaining("[a, b]");
  }

  @Test
  void encode_columnMissingFromOtherTable_throwsNamingIt() throws IOException {
    FeatureEncoder encoder = FeatureEncoder.fit(read("t.csv", TABLE));
    TabularData other = read("o.csv", "x,class\n1,a\n2,b\n");

    assertThatThrownBy(() -> encoder.encode(other)).isInstanceOf(DatasetException.class)
        .hasMessage("o.csv has no categorical column 'colour', which the encoder was fitted on");
  }

  @Test
  void encode_rowWithEveryCellMissing_getsTheLowestOneHotFeatureAtZero() throws IOException {
    TabularData data = read("empty-row.csv",
        "x,colour,size,class\n1,red,big,a\n,?,,b\n2,blue,small,a\n");
    FeatureEncoder encoder = FeatureEncoder.fit(data);

    MutableDataset<Label> ds = encoder.encode(data);

    assertThat(features(ds.getExample(1))).containsOnly(Map.entry("colour=blue", 0.0));
    assertThat(ds.getExample(1).getOutput().getLabel()).isEqualTo("b");
    assertThat(features(encoder.encodeFeatures(data, 1)))
        .containsOnly(Map.entry("colour=blue", 0.0));
  }

  @Test
  void encode_numericTableRowWithEveryCellMissing_saysWhichRow() throws IOException {
    TabularData data = read("numeric-empty-row.csv", "x,y,class\n1,2,a\n,,b\n3,4,a\n");
    FeatureEncoder encoder = FeatureEncoder.fit(data);

    assertThatThrownBy(() -> encoder.encode(data)).isInstanceOf(DatasetException.class)
        .hasMessageContaining(
            "row 1 of numeric-empty-row.csv has no value in any feature column");
  }
}
