package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/** Rebuilding an encoder from its schema ({@link FeatureEncoder#fromSchema}) and unlabelled rows. */
final class FeatureEncoderSchemaTest {

  @TempDir Path dir;

  private TabularData read(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return TabularReader.builder().build().read(p);
  }

  private static List<String> described(Example<Label> example) {
    List<String> out = new ArrayList<>();
    for (Feature f : example) {
      out.add(f.getName() + ":" + f.getValue());
    }
    out.add("label:" + example.getOutput().getLabel());
    return out;
  }

  /** A random table of numeric and categorical columns with missing cells, seeded per run. */
  private static String randomTable(long seed) {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("a,b=x,colour,size,class\n");
    String[] colours = {"red", "green", "blue", ""};
    String[] sizes = {"s", "m", "", "l"};
    for (int r = 0; r < 40; r++) {
      csv.append(random.nextInt(5) == 0 ? "" : String.valueOf(random.nextGaussian())).append(',')
          .append(random.nextInt(7) - 3).append(',')
          .append(colours[random.nextInt(colours.length)]).append(',')
          .append(sizes[random.nextInt(sizes.length)]).append(',')
          .append(random.nextBoolean() ? "yes" : "no").append('\n');
    }
    return csv.toString();
  }

  @RepeatedTest(10)
  void fromSchema_schemaOfFittedEncoder_encodesEveryRowIdentically(RepetitionInfo info)
      throws IOException {
    TabularData data = read("r.csv", randomTable(1000L + info.getCurrentRepetition()));
    TabularData train = data.rows(java.util.stream.IntStream.range(0, 25).toArray());
    FeatureEncoder fitted = FeatureEncoder.fit(train);

    FeatureEncoder rebuilt = FeatureEncoder.fromSchema(fitted.schema());

    assertThat(rebuilt.schema()).isEqualTo(fitted.schema());
    for (int r = 0; r < data.rowCount(); r++) {
      assertThat(described(rebuilt.encodeRow(data, r)))
          .as("row %d", r)
          .isEqualTo(described(fitted.encodeRow(data, r)));
    }
  }

  @Test
  void fromSchema_categoricalColumnWithoutSeenCategories_stillRequiresTheColumn()
      throws IOException {
    TabularData data = read("t.csv", "x,colour,class\n1,red,a\n2,blue,b\n");
    EncodingSchema schema =
        new EncodingSchema(List.of("x"), Map.of("colour", List.of()), Set.of(), List.of("a", "b"));

    FeatureEncoder rebuilt = FeatureEncoder.fromSchema(schema);

    assertThat(described(rebuilt.encodeRow(data, 0))).containsExactly("x:1.0", "label:a");
  }

  @Test
  void fromSchema_oneHotFeatureNotListed_isRejected() {
    EncodingSchema schema =
        new EncodingSchema(
            List.of("x", "colour=red"),
            Map.of("colour", List.of("blue", "red")),
            Set.of(),
            List.of("a", "b"));

    assertThatThrownBy(() -> FeatureEncoder.fromSchema(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour=blue");
  }

  @Test
  void fromSchema_missingValuesInACategoricalColumn_isRejected() {
    EncodingSchema schema =
        new EncodingSchema(
            List.of("x", "colour=red"), Map.of("colour", List.of("red")), Set.of("colour"),
            List.of("a", "b"));

    assertThatThrownBy(() -> FeatureEncoder.fromSchema(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void encodeFeatures_classTheEncoderWasNotFittedOn_encodesWithUnknownLabel() throws IOException {
    TabularData train = read("train.csv", "x,colour,class\n1,red,a\n2,blue,b\n");
    TabularData other = read("other.csv", "x,colour,class\n3,blue,c\n4,red,a\n");
    FeatureEncoder encoder = FeatureEncoder.fit(train);

    Example<Label> example = encoder.encodeFeatures(other, 0);

    assertThat(described(example))
        .containsExactly("colour=blue:1.0", "x:3.0", "label:" + LabelFactory.UNKNOWN_LABEL);
    assertThatThrownBy(() -> encoder.encodeRow(other, 0)).isInstanceOf(DatasetException.class);
  }
}
