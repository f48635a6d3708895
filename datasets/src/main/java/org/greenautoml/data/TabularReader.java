package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CSV ({@code .csv}), gzipped CSV ({@code .csv.gz}) or ARFF ({@code .arff}) file with a
 * header into a {@link TabularData}. CSV follows RFC 4180 (parsed by FastCSV, https://fastcsv.org,
 * double quotes, UTF-8, blank lines ignored); ARFF follows the Weka format (dense rows, single
 * quotes, {@code %} comments).
 *
 * <p><b>Type inference</b>, for each column whose type is neither set by {@link
 * Builder#columnType} nor declared in an ARFF header:
 *
 * <ul>
 *   <li>every present cell is a decimal number: {@code NUMERIC}. Booleans written 0/1 and small
 *       integer codes (1..7) stay numeric, since their order often carries meaning; declare them
 *       {@code CATEGORICAL} to one-hot them.
 *   <li>no present cell is a number (including {@code true/false}, {@code yes/no}): {@code
 *       CATEGORICAL}, categories exactly as written.
 *   <li>mixed: {@code CATEGORICAL} when the non-numbers are more than 1% of the present cells and
 *       the column had at most {@value ColumnAccumulator#CATEGORY_LIMIT} distinct values before its
 *       first non-number (for example {@code 2, 3, 4, 5more}); otherwise a {@link
 *       DatasetException} names the first stray cell. {@code 1} and {@code 1.0} in such a column
 *       merge into one category.
 * </ul>
 *
 * Missing cells are the {@link Builder#missingTokens} (default {@code ""}, {@code ?}, {@code NA}),
 * compared exactly. {@code NaN} and infinite values are an error naming the cell unless {@link
 * Builder#nonFiniteAsMissing} is set. The target is always categorical; labels are kept exactly as
 * written, and a row without a class is an error: no row is ever dropped.
 *
 * <p><b>Line length</b>: one physical line may hold at most {@value #MAX_LINE_CHARS} characters
 * (about 10,000 columns of 400 characters each); a longer line is a {@link DatasetException}
 * naming it, so that a file without line breaks cannot make the parser buffer all of it.
 *
 * <p>Immutable and thread-safe. Reading is one pass, O(rows x columns): FastCSV hands each field
 * over as a char range, and numbers are parsed from it without a String or boxing into chunked
 * primitive arrays.
 */
public final class TabularReader {

  /** Default missing-cell tokens. */
  public static final Set<String> DEFAULT_MISSING_TOKENS = Set.of("", "?", "NA");

  /** The most characters one physical line of a file may hold (4 MiB of characters). */
  public static final int MAX_LINE_CHARS = 1 << 22;

  private final Settings settings;

  private TabularReader(Settings settings) {
    this.settings = settings;
  }

  /** A builder with the defaults: last column is the target, types inferred. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file, choosing the format by its extension.
   *
   * @throws DatasetException for any problem with the file, naming file, line and column
   */
  public TabularData read(Path file) {
    return readChunks(file).toTable();
  }

  /**
   * Reads a file straight into a Tribuo dataset: the same examples, in the same order, as {@code
   * FeatureEncoder.fit(read(file)).encode(read(file))}, with that encoder, but without holding the
   * typed table and the dataset at once. The table is encoded a block of rows at a time and each
   * block is dropped once encoded, so the load needs about the dataset's own heap: for a dense
   * numeric table, 8 bytes per value and a small header per row.
   *
   * @throws DatasetException for any problem with the file, naming file, line and column
   */
  public EncodedDataset readDataset(Path file) {
    TableChunks chunks = readChunks(file);
    FeatureEncoder encoder = FeatureEncoder.fit(chunks.blocks());
    return new EncodedDataset(encoder.encode(chunks.source(), chunks.rows(),
        chunks.releasingBlocks()), encoder);
  }

  private TableChunks readChunks(Path file) {
    requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw DatasetException.at(file, "file not found (looked in "
          + file.toAbsolutePath().normalize() + ")");
    }
    if (Files.isDirectory(file)) {
      throw DatasetException.at(file, "is a directory, not a data file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      return CsvSource.read(file, name.endsWith(".gz"), settings);
    }
    if (name.endsWith(".arff")) {
      return ArffSource.read(file, settings);
    }
    throw DatasetException.at(file,
        "has an unsupported extension; the reader takes .csv, .csv.gz and .arff");
  }

  /** The reader's settings, shared with the package's parsers. */
  record Settings(Optional<String> target, Map<String, ColumnType> columnTypes,
      Set<String> missingTokens, boolean nonFiniteAsMissing) {}

  /** Builds a {@link TabularReader}; each setting may be given once. Not thread-safe. */
  public static final class Builder {
    private String target;
    private final Map<String, ColumnType> columnTypes = new LinkedHashMap<>();
    private Set<String> missingTokens;
    private Boolean nonFiniteAsMissing;

    private Builder() {}

    /** The target column by name; default: the last column. */
    public Builder target(String columnName) {
      requireNonNull(columnName, "columnName");
      if (target != null) {
        throw new IllegalStateException("target was already set to '" + target + "'");
      }
      target = columnName;
      return this;
    }

    /** Fixes the type of one column instead of inferring it. */
    public Builder columnType(String column, ColumnType type) {
      requireNonNull(column, "column");
      requireNonNull(type, "type");
      ColumnType before = columnTypes.putIfAbsent(column, type);
      if (before != null) {
        throw new IllegalStateException(
            "columnType of '" + column + "' was already set to " + before);
      }
      return this;
    }

    /** The cells read as missing, compared exactly; default {@code "", "?", "NA"}. */
    public Builder missingTokens(Set<String> tokens) {
      requireNonNull(tokens, "tokens");
      if (missingTokens != null) {
        throw new IllegalStateException("missingTokens was already set to " + missingTokens);
      }
      missingTokens = Set.copyOf(tokens);
      return this;
    }

    /** Whether NaN and infinite cells read as missing (true) or are an error (false, default). */
    public Builder nonFiniteAsMissing(boolean asMissing) {
      if (nonFiniteAsMissing != null) {
        throw new IllegalStateException(
            "nonFiniteAsMissing was already set to " + nonFiniteAsMissing);
      }
      nonFiniteAsMissing = asMissing;
      return this;
    }

    /** The immutable reader. */
    public TabularReader build() {
      return new TabularReader(new Settings(Optional.ofNullable(target),
          Map.copyOf(columnTypes),
          missingTokens == null ? DEFAULT_MISSING_TOKENS : missingTokens,
          nonFiniteAsMissing != null && nonFiniteAsMissing));
    }
  }
}
