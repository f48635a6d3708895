package org.greenautoml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greenautoml.data.TabularReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of issue 11: malformed or hostile inputs, each run through the command line
 * in-process. Every one must exit 2 with one line on standard error that names the problem and
 * where it is (file, line and column when they exist), print no stack trace and no exception class
 * name, and leave nothing in the output directory that looks like a finished run. The input files
 * are under {@code src/test/resources/org/greenautoml/cli/corpus/}; the large ones (10,000 columns,
 * a line over {@link TabularReader#MAX_LINE_CHARS}) are generated here.
 */
final class BadInputCorpusTest {

  /** The files a finished fit leaves; none may exist after a failed one. */
  static final List<String> FINISHED_OUTPUTS =
      List.of("report.json", "report.html", "trials.csv", "run.json", "emissions.csv", "models");

  private static final String CORPUS = "/org/greenautoml/cli/corpus/";
  private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+(Exception|Error)\\b");
  private static final Pattern HELP_HINT = Pattern.compile("Try 'greenautoml[\\w ]*--help'\\.");

  @TempDir Path dir;

  /** One corpus entry: how to lay out its files and arguments, and what its message must say. */
  record Case(String name, Setup setup, List<String> mentioned) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Setup {
    /** Writes the case's files into {@code dir} and returns the command line. */
    List<String> args(Path dir) throws IOException;
  }

  static Stream<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    dataFile(cases, "empty.csv", "is empty");
    dataFile(cases, "header-only.csv", "no data rows");
    dataFile(cases, "blank-lines-only.csv", "is empty");
    dataFile(cases, "bom-header-only.csv", "no data rows");
    dataFile(cases, "utf16-bom.csv", "line 1", "not valid UTF-8");
    dataFile(cases, "semicolon-delimiter.csv", "line 1", "'class' is not in the header",
        "a;b;class");
    dataFile(cases, "tab-delimiter.csv", "line 1", "'class' is not in the header");
    dataFile(cases, "ragged-short-row.csv", "line 4", "has 2 fields, header has 3");
    dataFile(cases, "ragged-long-row.csv", "line 4", "has 4 fields, header has 3");
    dataFile(cases, "unbalanced-quote.csv", "line 3", "never closed");
    dataFile(cases, "text-after-closing-quote.csv", "line 3", "closing quote");
    dataFile(cases, "latin1.csv", "line 3", "column 'name'", "not valid UTF-8");
    dataFile(cases, "binary-garbage.csv", "line 1", "not valid UTF-8");
    dataFile(cases, "duplicate-header.csv", "line 1", "'a' appears twice");
    dataFile(cases, "blank-header-name.csv", "line 1", "column 2 of the header has no name");
    dataFile(cases, "single-class.csv", "column 'class'", "only one class");
    dataFile(cases, "rare-class.csv", "class 'z'", "rare-class.csv", "too few to stratify");
    dataFile(cases, "nan-cell.csv", "line 3", "column 'b'", "'NaN' is not a finite number");
    dataFile(cases, "infinite-cell.csv", "line 4", "column 'b'", "'Infinity'");
    dataFile(cases, "target-all-missing.csv", "line 2", "column 'class'", "class is missing");
    dataFile(cases, "target-missing-in-one-row.csv", "line 4", "class is missing");
    dataFile(cases, "stray-text-in-numeric-column.csv", "line 202", "column 'b'", "'lots'");
    dataFile(cases, "too-small-for-ladder.csv", "too-small-for-ladder.csv", "10 training rows");
    dataFile(cases, "target-only.csv", "target-only.csv", "no column besides the target");
    dataFile(cases, "wrong-extension.xlsx", "wrong-extension.xlsx", "unsupported extension");
    dataFile(cases, "not-gzip.csv.gz", "not-gzip.csv.gz", "not a gzip file");
    dataFile(cases, "truncated.csv.gz", "truncated.csv.gz", "truncated");
    dataFile(cases, "arff-wrong-attribute-count.arff", "line 7", "has 4 fields, header has 3");
    dataFile(cases, "arff-date-attribute.arff", "line 2", "column 'a'", "'date' is not supported");
    dataFile(cases, "arff-no-data-section.arff", "arff-no-data-section.arff", "no @data");
    dataFile(cases, "arff-sparse-rows.arff", "line 6", "sparse");
    dataFile(cases, "arff-garbage-header.arff", "line 1", "expected @relation");
    dataFile(cases, "arff-undeclared-nominal.arff", "line 7", "column 'class'",
        "'z' is not one of the values declared for this attribute [x, y]");
    cases.add(new Case("missing target column", d -> fit(corpus(d, "single-class.csv"),
        "--target", "label"), List.of("single-class.csv", "line 1", "'label' is not in the header")));
    cases.add(new Case("10,000 columns, NaN deep inside", BadInputCorpusTest::wideTable,
        List.of("wide.csv", "line 18", "column 'c7777'", "'NaN'")));
    cases.add(new Case("line longer than the reader's limit", BadInputCorpusTest::longLine,
        List.of("long-line.csv", "line 3", "longer than " + TabularReader.MAX_LINE_CHARS)));
    cases.add(new Case("--data is a directory", d -> fit(
        Files.createDirectories(d.resolve("a-directory.csv")).toString()),
        List.of("a-directory.csv", "--data")));
    cases.add(new Case("--test file is empty", d -> fit(demo(d), "--test",
        corpus(d, "empty.csv")), List.of("empty.csv", "is empty")));
    journalCases(cases);
    modelCases(cases);
    optionCases(cases);
    return cases.stream();
  }

  private static void dataFile(List<Case> cases, String file, String... mentioned) {
    List<String> all = new ArrayList<>(List.of(file));
    all.addAll(List.of(mentioned));
    cases.add(new Case(file, d -> fit(corpus(d, file)), all));
  }

  private static void journalCases(List<Case> cases) {
    cases.add(new Case("journal of another seed, --resume", d -> resume(d,
        "other-run-journal.jsonl", demo(d), "--seed", "8"),
        List.of("journal.jsonl", "another search", "seed 7 in the journal, 8 now")));
    cases.add(new Case("journal of other data, --resume", d -> resume(d,
        "other-run-journal.jsonl", otherData(d), "--seed", "7"),
        List.of("journal.jsonl", "another search", "data fingerprint")));
    cases.add(new Case("corrupt journal, --resume", d -> resume(d, "corrupt-journal.jsonl",
        demo(d), "--seed", "7"), List.of("journal.jsonl", "line 3", "not valid JSON")));
    cases.add(new Case("journal of another run without --resume", d -> {
      List<String> args = new ArrayList<>(resume(d, "other-run-journal.jsonl", demo(d)));
      args.remove("--resume");
      return args;
    }, List.of("already holds a search", "--resume")));
  }

  private static void modelCases(List<Case> cases) {
    cases.add(new Case("truncated Tribuo model", d -> predict(d, "truncated-model.tribuo",
        "truncated-model.json"), List.of("truncated-model.tribuo", "not a readable Tribuo model")));
    cases.add(new Case("Tribuo model without its sidecar", d -> predict(d,
        "truncated-model.tribuo"), List.of("truncated-model.json")));
    cases.add(new Case("garbage ONNX model", d -> predict(d, "garbage-model.onnx",
        "garbage-model.onnx.layout.json"), List.of("garbage-model.onnx", "not a readable ONNX")));
    cases.add(new Case("model of an unknown format", d -> predict(d, "model.pkl"),
        List.of("model.pkl", ".tribuo", ".onnx")));
    cases.add(new Case("predict on non-UTF-8 rows", d -> List.of("predict", "--model",
        corpus(d, "model.pkl"), "--data", corpus(d, "latin1.csv"), "--out",
        d.resolve("out").resolve("scores.csv").toString()), List.of("latin1.csv", "line 3", "column 'name'", "not valid UTF-8")));
    cases.add(new Case("predict on ragged rows", d -> List.of("predict", "--model",
        corpus(d, "model.pkl"), "--data", corpus(d, "ragged-short-row.csv")),
        List.of("ragged-short-row.csv", "line 4", "has 2 fields, the header 3")));
    cases.add(new Case("report of a file", d -> List.of("report", corpus(d, "header-only.csv")),
        List.of("header-only.csv", "not a run directory")));
    cases.add(new Case("--out is a file", d -> {
      Files.writeString(d.resolve("taken"), "not a directory\n");
      return List.of("fit", "--data", demo(d), "--target", "class", "--budget-g", "1", "--out",
          d.resolve("taken").toString());
    }, List.of("--out", "taken", "is a file")));
  }

  private static void optionCases(List<Case> cases) {
    option(cases, "unknown region", List.of("--region", "XX"), "unknown region 'XX'");
    option(cases, "zero budget", List.of("--budget-g", "0"), "budget", "found 0");
    option(cases, "negative budget", List.of("--budget-kg", "-1"), "budget", "found -1");
    option(cases, "NaN budget", List.of("--budget-g", "NaN"), "budget", "found NaN");
    option(cases, "infinite budget", List.of("--budget-g", "Infinity"), "budget", "Infinity");
    option(cases, "budget that is not a number", List.of("--budget-g", "lots"), "'lots'");
    option(cases, "unknown family", List.of("--families", "logistic,deep-forest"),
        "deep-forest", "logistic");
    option(cases, "unknown scheduler", List.of("--scheduler", "bayes"), "bayes", "asha");
    option(cases, "PUE below 1", List.of("--pue", "0.5"), "--pue", "0.5");
    option(cases, "no workers", List.of("--workers", "0"), "workers", "found 0");
    option(cases, "fidelity above 1", List.of("--min-fidelity", "2"), "fidelity", "2.0");
    option(cases, "unknown objective", List.of("--objectives", "accuracy,speed"), "'speed'");
  }

  private static void option(List<Case> cases, String name, List<String> extra,
      String... mentioned) {
    cases.add(new Case(name, d -> {
      List<String> args = new ArrayList<>(List.of("fit", "--data", demo(d), "--target",
          "class", "--out", d.resolve("out").toString()));
      if (extra.stream().noneMatch(a -> a.startsWith("--budget"))) {
        args.addAll(List.of("--budget-g", "1"));
      }
      args.addAll(extra);
      return args;
    }, List.of(mentioned)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void cli_badInput_exitsTwoWithOneLineAndNoFinishedOutput(Case input) throws IOException {
    List<String> args = input.setup().args(dir);
    Path out = dir.resolve("out");
    byte[] journalBefore = readIfPresent(out.resolve("journal.jsonl"));

    Captured run = Captured.of(args.toArray(String[]::new));

    assertThat(run.cli().status()).as("exit status; %s", run).isEqualTo(2);
    List<String> lines = run.cli().err().lines().filter(l -> !l.isBlank())
        .filter(l -> !HELP_HINT.matcher(l).matches()).toList();
    assertThat(lines).as("standard error, less picocli's --help hint; %s", run).hasSize(1);
    assertThat(lines.get(0)).startsWith("greenautoml").contains(input.mentioned());
    String everything = run.cli().out() + run.cli().err() + run.stdout() + run.stderr();
    assertThat(everything).as("no stack trace; %s", run).doesNotContain("\tat ")
        .doesNotContainPattern(EXCEPTION_NAME);
    assertThat(run.cli().out()).as("standard output").isEmpty();
    for (String name : FINISHED_OUTPUTS) {
      assertThat(out.resolve(name)).as("%s left after a failed run", name).doesNotExist();
    }
    assertThat(out.resolve("scores.csv")).doesNotExist();
    assertThat(readIfPresent(out.resolve("journal.jsonl"))).as("the journal is left as it was")
        .isEqualTo(journalBefore);
  }

  private static byte[] readIfPresent(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
  }

  // ---- laying out the files ----

  private static List<String> fit(String data, String... extra) {
    List<String> args = new ArrayList<>(List.of("fit", "--data", data));
    if (!List.of(extra).contains("--target")) {
      args.addAll(List.of("--target", "class"));
    }
    args.addAll(List.of(extra));
    args.addAll(List.of("--budget-g", "1", "--seed", "7", "--families", "logistic,cart"));
    args.addAll(List.of("--out", Path.of(data).resolveSibling("out").toString()));
    return args;
  }

  private static List<String> resume(Path d, String journal, String data, String... extra)
      throws IOException {
    Path out = Files.createDirectories(d.resolve("out"));
    copy(journal, out.resolve("journal.jsonl"));
    List<String> args = new ArrayList<>(List.of("fit", "--data", data, "--target", "class",
        "--budget-g", "1", "--families", "logistic,cart", "--out", out.toString(), "--resume"));
    args.addAll(List.of(extra));
    return args;
  }

  private static List<String> predict(Path d, String model, String... sidecars)
      throws IOException {
    for (String sidecar : sidecars) {
      corpus(d, sidecar);
    }
    return List.of("predict", "--model", corpus(d, model), "--data", demo(d), "--out",
        d.resolve("out").resolve("scores.csv").toString());
  }

  /** Copies a corpus file into {@code d}; returns its path. */
  static String corpus(Path d, String name) throws IOException {
    Path file = d.resolve(name);
    copy(name, file);
    return file.toString();
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS + resource)) {
      assertThat(in).as("corpus file %s", resource).isNotNull();
      Files.copy(in, to);
    }
  }

  private static String demo(Path d) throws IOException {
    return DemoRun.csv(d).toString();
  }

  /** The demo data less its last row: a different fingerprint. */
  private static String otherData(Path d) throws IOException {
    Path demo = Path.of(demo(d));
    List<String> lines = Files.readAllLines(demo);
    Path other = d.resolve("other.csv");
    Files.write(other, lines.subList(0, lines.size() - 1));
    return other.toString();
  }

  /** 10,000 columns, 30 rows, a NaN in column c7777 on line 18. */
  private static List<String> wideTable(Path d) throws IOException {
    Path file = d.resolve("wide.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int c = 0; c < 9_999; c++) {
        w.write("c" + c + ",");
      }
      w.write("class\n");
      for (int r = 0; r < 30; r++) {
        for (int c = 0; c < 9_999; c++) {
          w.write(r == 16 && c == 7777 ? "NaN," : (r * c) % 10 + ",");
        }
        w.write(r % 2 == 0 ? "x\n" : "y\n");
      }
    }
    return fit(file.toString());
  }

  /** A CSV whose third line is one character longer than the reader's limit. */
  private static List<String> longLine(Path d) throws IOException {
    Path file = d.resolve("long-line.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("a,b,class\n1,2,x\n");
      String chunk = "9".repeat(1 << 16);
      for (int i = 0; i < TabularReader.MAX_LINE_CHARS / chunk.length(); i++) {
        w.write(chunk);
      }
      w.write("9,2,y\n");
    }
    return fit(file.toString());
  }

  /** A CLI run with, besides the command's own writers, whatever went to System.out and .err. */
  record Captured(CliRun cli, String stdout, String stderr) {
    static Captured of(String... args) {
      PrintStream oldOut = System.out;
      PrintStream oldErr = System.err;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      try {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        CliRun run = CliRun.of(args);
        return new Captured(run, out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8));
      } finally {
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
    }
  }
}
