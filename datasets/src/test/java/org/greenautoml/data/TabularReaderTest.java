package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type inference, overrides, labels, missing cells, formats and views of the reader. */
final class TabularReaderTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static final String MIXED = "size,doors,flag,day,colour,class\n"
      + "1.5,2,true,1,red,Iris-setosa\n"
      + "2.25,5more,false,2,blue,YES\n"
      + "-3e2,5more,true,3,,yes\n"
      + "?,4,false,1,red,Iris-setosa\n";

  @Test
  void read_mixedTable_infersTypesByTheDocumentedRule() throws IOException {
    TabularData data = TabularReader.builder().build().read(write("m.csv", MIXED));

    assertThat(data.features()).extracting(ColumnSchema::name, ColumnSchema::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("size", ColumnType.NUMERIC),
        org.assertj.core.groups.Tuple.tuple("doors", ColumnType.CATEGORICAL),
        org.assertj.core.groups.Tuple.tuple("flag", ColumnType.CATEGORICAL),
        org.assertj.core.groups.Tuple.tuple("day", ColumnType.NUMERIC),
        org.assertj.core.groups.Tuple.tuple("colour", ColumnType.CATEGORICAL));
    assertThat(data.features().get(1).categories()).containsExactly("2", "4", "5more");
    assertThat(data.features().get(2).categories()).containsExactly("false", "true");
    assertThat(data.numeric(2, 0)).isEqualTo(-300.0);
    assertThat(data.numeric(3, 0)).isNaN();
    assertThat(data.features().get(0).missingCount()).isEqualTo(1);
    assertThat(data.categoryCode(2, 4)).isEqualTo(-1);
    assertThat(data.categoryCode(0, 1)).isZero();
    assertThat(data.categoryCode(2, 1)).isEqualTo(2);
  }

  @Test
  void read_labels_keptExactlyAsWrittenAndSorted() throws IOException {
    TabularData data = TabularReader.builder().build().read(write("m.csv", MIXED));

    assertThat(data.classes()).containsExactly("Iris-setosa", "YES", "yes");
    assertThat(data.label(1)).isEqualTo("YES");
    assertThat(data.label(2)).isEqualTo("yes");
    assertThat(data.labelIndices()).containsExactly(0, 1, 2, 0);
  }

  @Test
  void read_columnTypeOverride_makesSmallIntegerCodesCategorical() throws IOException {
    TabularData data = TabularReader.builder().columnType("day", ColumnType.CATEGORICAL)
        .columnType("size", ColumnType.NUMERIC).build().read(write("m.csv", MIXED));

    assertThat(data.features().get(3).type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(data.features().get(3).categories()).containsExactly("1", "2", "3");
  }

  @Test
  void read_targetByName_excludesItFromFeatures() throws IOException {
    TabularData data = TabularReader.builder().target("colour").build()
        .read(write("t.csv", "colour,x\nred,1\nblue,2\n"));

    assertThat(data.targetName()).isEqualTo("colour");
    assertThat(data.features()).extracting(ColumnSchema::name).containsExactly("x");
    assertThat(data.classes()).containsExactly("blue", "red");
  }

  @Test
  void read_customMissingTokensAndNonFiniteAsMissing_countMissing() throws IOException {
    Path p = write("n.csv", "a,b,class\n1,NaN,x\n-,2,y\n3,inf,x\n");

    TabularData data = TabularReader.builder().missingTokens(Set.of("-"))
        .nonFiniteAsMissing(true).build().read(p);

    assertThat(data.features().get(0).missingCount()).isEqualTo(1);
    assertThat(data.features().get(1).missingCount()).isEqualTo(2);
    assertThat(data.numeric(1, 1)).isEqualTo(2.0);
  }

  @Test
  void read_quotedValuesAndBom_parsedByRfc4180() throws IOException {
    Path p = write("q.csv", "\uFEFFname,\"a,b\",class\n\"x, \"\"y\"\"\",1,\"multi\nline\"\nz,2,k\n");

    TabularData data = TabularReader.builder().build().read(p);

    assertThat(data.features()).extracting(ColumnSchema::name).containsExactly("name", "a,b");
    assertThat(data.features().get(0).categories()).containsExactly("x, \"y\"", "z");
    assertThat(data.classes()).containsExactly("k", "multi\nline");
  }

  @Test
  void read_gzipAndPlain_sameFingerprint() throws IOException {
    Path plain = write("m.csv", MIXED);
    Path gz = dir.resolve("m2.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(MIXED.getBytes(StandardCharsets.UTF_8));
    }
    TabularReader reader = TabularReader.builder().build();

    TabularData a = reader.read(plain);
    TabularData b = reader.read(gz);

    assertThat(b.source()).isEqualTo("m2.csv.gz");
    assertThat(b.fingerprint()).isEqualTo(a.fingerprint()).hasSize(64);
    TabularData changed = reader.read(write("m3.csv", MIXED.replace("2.25", "2.5")));
    assertThat(changed.fingerprint()).isNotEqualTo(a.fingerprint());
  }

  @Test
  void read_arff_usesDeclaredTypesAndNominalOrder() throws IOException {
    Path p = write("w.arff", "% comment\n@RELATION weather\n\n@attribute outlook {sunny,"
        + " overcast, rainy}\n@attribute 'temp erature' numeric\n@attribute code {1,2}\n"
        + "@attribute play {yes,no}\n@data\nsunny,85,1,no\n% inside\nrainy, ?, 2,yes\n"
        + "'overcast',64,1,yes\n");

    TabularData data = TabularReader.builder().build().read(p);

    assertThat(data.rowCount()).isEqualTo(3);
    assertThat(data.features()).extracting(ColumnSchema::name, ColumnSchema::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("outlook", ColumnType.CATEGORICAL),
        org.assertj.core.groups.Tuple.tuple("temp erature", ColumnType.NUMERIC),
        org.assertj.core.groups.Tuple.tuple("code", ColumnType.CATEGORICAL));
    assertThat(data.features().get(0).categories()).containsExactly("sunny", "overcast", "rainy");
    assertThat(data.categoryCode(1, 0)).isEqualTo(2);
    assertThat(data.numeric(1, 1)).isNaN();
    assertThat(data.classes()).containsExactly("no", "yes");
  }

  @Test
  void rows_viewOfView_mapsToOriginalRows() throws IOException {
    TabularData data = TabularReader.builder().build().read(write("m.csv", MIXED));

    TabularData view = data.rows(new int[] {3, 1, 2}).rows(new int[] {2, 0});

    assertThat(view.rowCount()).isEqualTo(2);
    assertThat(view.numeric(0, 0)).isEqualTo(-300.0);
    assertThat(view.labelIndices()).containsExactly(2, 0);
    assertThat(view.features()).isEqualTo(data.features());
    assertThatThrownBy(() -> data.rows(new int[] {4})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row index must be in [0, 4), found 4 at position 0");
  }

  @Test
  void numeric_onCategoricalColumn_throwsNamingTheColumn() throws IOException {
    TabularData data = TabularReader.builder().build().read(write("m.csv", MIXED));

    assertThatThrownBy(() -> data.numeric(0, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'colour'");
  }

  @Test
  void builder_settingTwice_throws() {
    assertThatThrownBy(() -> TabularReader.builder().target("a").target("b"))
        .isInstanceOf(IllegalStateException.class).hasMessage("target was already set to 'a'");
  }
}
