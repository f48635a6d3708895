package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

/**
 * {@link TabularReader#readDataset} against its oracle, {@code FeatureEncoder.fit(t).encode(t)} on
 * {@code t = read(file)}: the same encoder and the same examples in the same order, on every
 * shared dataset and on generated tables of several blocks.
 */
final class ReadDatasetTest {

  @TempDir Path dir;

  static Stream<String> names() {
    return ManifestDatasetsTest.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void readDataset_everyManifestDataset_equalsEncodingTheTable(String name) {
    DatasetEntry entry = DatasetRegistry.fromManifest(ManifestDatasetsTest.manifest()).entry(name);
    TabularReader reader = TabularReader.builder().target(entry.targetColumn()).build();

    assertSameAsTablePath(reader, entry.file());
  }

  @Test
  void readDataset_generatedTableOfSeveralBlocks_equalsEncodingTheTable() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    int rows = 3 * Chunks.SIZE + 123;
    StringBuilder csv = new StringBuilder("count,ratio,colour,late,mixed,class\n");
    for (int r = 0; r < rows; r++) {
      csv.append(random.nextInt(10) == 0 ? "" : Integer.toString(random.nextInt(50))).append(',')
          .append(random.nextDouble()).append(',')
          .append(random.nextInt(20) == 0 ? "?" : "c" + random.nextInt(4)).append(',')
          // a category that only the last block has
          .append(r >= rows - 50 ? "rare" : "common").append(',')
          // numbers, then words: the column turns categorical in the third block
          .append(r < 2 * Chunks.SIZE + 500 ? Integer.toString(random.nextInt(5))
              : "w" + random.nextInt(3)).append(',')
          .append(random.nextInt(3) == 0 ? "yes" : "no").append('\n');
    }
    Path file = dir.resolve("blocks.csv");
    Files.writeString(file, csv);

    EncodedDataset read = assertSameAsTablePath(TabularReader.builder().build(), file);

    assertThat(read.encoder().schema().categories().get("mixed")).contains("0", "w0");
    assertThat(read.encoder().schema().categories().get("late")).contains("rare");
    assertThat(read.encoder().schema().numericWithMissing()).containsExactly("count");
  }

  @Test
  void releasingBlocks_afterTheIteration_everyBlockIsReleased() throws IOException {
    Path file = dir.resolve("small.csv");
    StringBuilder csv = new StringBuilder("x,class\n");
    for (int r = 0; r < 2 * Chunks.SIZE + 1; r++) {
      csv.append(r).append(',').append(r % 2 == 0 ? "a" : "b").append('\n');
    }
    Files.writeString(file, csv);
    TableChunks chunks = CsvSource.read(file, false, settings());

    int blocks = 0;
    int rows = 0;
    for (Iterator<TabularData> it = chunks.releasingBlocks(); it.hasNext(); blocks++) {
      rows += it.next().rowCount();
    }

    assertThat(blocks).isEqualTo(3);
    assertThat(rows).isEqualTo(2 * Chunks.SIZE + 1);
    assertThatThrownBy(chunks::blocks).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was released");
  }

  private static TabularReader.Settings settings() {
    return new TabularReader.Settings(Optional.empty(), Map.of(),
        TabularReader.DEFAULT_MISSING_TOKENS, false);
  }

  private static EncodedDataset assertSameAsTablePath(TabularReader reader, Path file) {
    TabularData table = reader.read(file);
    FeatureEncoder expectedEncoder = FeatureEncoder.fit(table);
    MutableDataset<Label> expected = expectedEncoder.encode(table);

    EncodedDataset actual = reader.readDataset(file);

    assertThat(actual.encoder().schema()).isEqualTo(expectedEncoder.schema());
    assertThat(actual.dataset().size()).isEqualTo(expected.size());
    assertThat(actual.dataset().getFeatureMap().size())
        .isEqualTo(expected.getFeatureMap().size());
    for (int i = 0; i < expected.size(); i++) {
      assertSameExample(i, actual.dataset().getExample(i), expected.getExample(i));
    }
    return actual;
  }

  private static void assertSameExample(int row, Example<Label> actual, Example<Label> expected) {
    assertThat(actual.getOutput()).as("label of row %d", row).isEqualTo(expected.getOutput());
    assertThat(actual.size()).as("features of row %d", row).isEqualTo(expected.size());
    Iterator<Feature> a = actual.iterator();
    for (Feature e : expected) {
      Feature f = a.next();
      if (!f.getName().equals(e.getName())
          || Double.doubleToLongBits(f.getValue()) != Double.doubleToLongBits(e.getValue())) {
        assertThat(f).as("row %d", row).isEqualTo(e);
      }
    }
  }
}
