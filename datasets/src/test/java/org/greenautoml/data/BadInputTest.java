package org.greenautoml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input list of the datasets issue, one row each: the file, what is done with it, and the
 * file, line, column and words the {@link DatasetException} must carry.
 */
final class BadInputTest {

  @TempDir static Path dir;

  /** One bad input: a file's bytes, an action on its path, and the expected place and words. */
  record Case(String name, String fileName, byte[] content, Function<Path, Object> action,
      long line, String column, String... words) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Function<Path, Object> READ = p -> TabularReader.builder().build().read(p);

  static Stream<Case> cases() {
    return Stream.of(
        new Case("missing file", "absent.csv", null, READ, 0, null, "file not found"),
        new Case("empty file", "empty.csv", bytes(""), READ, 0, null, "is empty"),
        new Case("blank lines only", "blank.csv", bytes("\n\n"), READ, 0, null, "is empty"),
        new Case("header only", "header.csv", bytes("a,b,class\n"), READ, 0, null,
            "has a header but no data rows"),
        new Case("ragged row", "ragged.csv", bytes("a,b,class\n1,2,x\n1,y\n3,4,y\n"), READ, 3,
            null, "line 3 has 2 fields, header has 3"),
        new Case("unbalanced quote", "quote.csv", bytes("a,b,class\n1,2,x\n1,\"2,y\n3,4,y\n"),
            READ, 3, null, "never closed", "unbalanced quote"),
        new Case("duplicate column names", "dup.csv", bytes("a,b,a,class\n1,2,3,x\n"), READ, 1,
            "a", "'a' appears twice", "columns 1 and 3"),
        new Case("target absent", "target.csv", bytes("a,b,class\n1,2,x\n2,3,y\n"),
            p -> TabularReader.builder().target("label").build().read(p), 1, null,
            "target column 'label' is not in the header", "the columns are [a, b, class]"),
        new Case("only one class", "oneclass.csv", bytes("a,class\n1,x\n2,x\n3,x\n"), READ, 0,
            "class", "only one class ('x' in all 3 rows)"),
        new Case("class too small to stratify", "small.csv",
            bytes("a,class\n1,x\n2,x\n3,x\n4,x\n5,y\n6,y\n"),
            p -> StratifiedSplit.holdout(READ.andThen(TabularData.class::cast).apply(p), 0.6,
                0.2, 0.2, 7L), 0, null, "class 'y' of small.csv has 2 rows", "too few to stratify"),
        new Case("class too small for k-fold", "small5.csv",
            bytes("a,class\n1,x\n2,x\n3,x\n4,x\n5,x\n6,y\n"),
            p -> StratifiedSplit.kFold(READ.andThen(TabularData.class::cast).apply(p), 5, 7L), 0,
            null, "class 'y' of small5.csv has 1 row", "5-fold"),
        new Case("NaN", "nan.csv", bytes("a,b,class\n1,2,x\n1,NaN,y\n"), READ, 3, "b",
            "'NaN' is not a finite number", "nonFiniteAsMissing(true)"),
        new Case("infinity", "inf.csv", bytes("a,b,class\n1,-Infinity,x\n1,2,y\n"), READ, 2, "b",
            "'-Infinity' is not a finite number"),
        new Case("overflowing number", "big.csv", bytes("a,b,class\n1,1e999,x\n1,2,y\n"), READ, 2,
            "b", "'1e999' is not a finite number"),
        new Case("non-UTF-8 bytes", "latin1.csv", latin1(), READ, 4, "b",
            "not valid UTF-8 at character 6"),
        new Case("numeric column with one stray string", "stray.csv", stray(), READ, 57, "b",
            "numeric except for 1 of 200 cells", "the first is 'abc'",
            "columnType(\"b\", CATEGORICAL)"),
        new Case("missing class", "noclass.csv", bytes("a,class\n1,x\n2,?\n3,y\n"), READ, 3,
            "class", "the class is missing ('?')"),
        new Case("string in a declared numeric column", "declared.csv",
            bytes("a,b,class\n1,2,x\n1,two,y\n"),
            p -> TabularReader.builder().columnType("b", ColumnType.NUMERIC).build().read(p), 3,
            "b", "'two' is not a number, but the column was declared numeric"),
        new Case("not gzip", "plain.csv.gz", bytes("a,class\n1,x\n"), READ, 0, null,
            "is not a gzip file"),
        new Case("unsupported extension", "data.xlsx", bytes("a,class\n1,x\n"), READ, 0, null,
            "unsupported extension"),
        new Case("ARFF value not declared", "bad.arff", bytes("@relation r\n@attribute a {u,v}\n"
            + "@attribute class {x,y}\n@data\nu,x\nw,y\n"), READ, 6, "a",
            "'w' is not one of the values declared for this attribute [u, v]"),
        new Case("ARFF class value not declared", "badclass.arff", bytes("@relation r\n"
            + "@attribute a numeric\n@attribute class {x,y}\n@data\n1,x\n2,y\n3,z\n"), READ, 7,
            "class", "'z' is not one of the values declared for this attribute [x, y]"),
        new Case("ARFF value not declared, a declared value repeated", "repeated.arff",
            bytes("@relation r\n@attribute a {u,u,v}\n@attribute class {x,y}\n@data\nu,x\n"
                + "v,y\nw,y\n"), READ, 7, "a",
            "'w' is not one of the values declared for this attribute [u, u, v]"),
        new Case("ARFF date attribute", "date.arff", bytes("@relation r\n@attribute d date\n"
            + "@attribute class {x,y}\n@data\n"), READ, 2, "d", "'date' is not supported"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_badInput_throwsDatasetExceptionNamingThePlace(Case c) throws IOException {
    Path file = dir.resolve(c.fileName());
    if (c.content() != null) {
      Files.write(file, c.content());
    }

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> c.action().apply(file));

    assertThat(e).as("a DatasetException for " + c.name()).isNotNull();
    System.out.println(c.name() + " -> " + e.getMessage());
    assertThat(e.getMessage()).contains(c.words());
    if (!c.name().contains("stratify") && !c.name().contains("k-fold")) {
      assertThat(e.file()).contains(file);
      assertThat(e.getMessage()).startsWith(file.toString());
    }
    if (c.line() > 0) {
      assertThat(e.line()).hasValue(c.line());
    } else {
      assertThat(e.line()).isEmpty();
    }
    assertThat(e.column().orElse(null)).isEqualTo(c.column());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes("a,b,class\n1,x,p\n2,y,q\n3,caf"));
    out.write(0xE9);
    out.writeBytes(bytes(",q\n"));
    return out.toByteArray();
  }

  private static byte[] stray() {
    StringBuilder sb = new StringBuilder("a,b,class\n");
    for (int i = 0; i < 200; i++) {
      sb.append(i).append(',').append(i == 55 ? "abc" : String.valueOf(i * 0.5)).append(',')
          .append(i % 2 == 0 ? "x" : "y").append('\n');
    }
    return bytes(sb.toString());
  }
}
