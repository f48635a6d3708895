package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark datasets listed in a {@code MANIFEST.tsv} (columns {@code name, file, rows,
 * features, classes, target_column, has_missing, categorical_features, source,
 * original_reference, license, sha256}, tab-separated and read with FastCSV, with a header), loaded
 * by name. Files are
 * resolved against the manifest's folder. Immutable and thread-safe.
 */
public final class DatasetRegistry {

  private static final List<String> COLUMNS = List.of("name", "file", "rows", "features",
      "classes", "target_column", "has_missing", "categorical_features", "source",
      "original_reference", "license", "sha256");

  private final Path manifest;
  private final Map<String, DatasetEntry> entries;

  private DatasetRegistry(Path manifest, Map<String, DatasetEntry> entries) {
    this.manifest = manifest;
    this.entries = entries;
  }

  /**
   * Reads a manifest.
   *
   * @throws DatasetException when the file is missing, a column is missing or a value is malformed
   */
  public static DatasetRegistry fromManifest(Path manifestTsv) {
    requireNonNull(manifestTsv, "manifestTsv");
    if (!Files.isRegularFile(manifestTsv)) {
      throw DatasetException.at(manifestTsv, "manifest not found (looked in "
          + manifestTsv.toAbsolutePath().normalize() + ")");
    }
    Path dir = manifestTsv.toAbsolutePath().getParent();
    Map<String, DatasetEntry> entries = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(manifestTsv, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> tsv = CsvReader.builder().fieldSeparator('\t')
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(reader)) {
      List<String> header = null;
      for (CsvRecord record : tsv) {
        long line = record.getStartingLineNumber();
        if (header == null) {
          header = record.getFields();
          if (!header.equals(COLUMNS)) {
            throw DatasetException.at(manifestTsv, line, "the header must be " + COLUMNS
                + ", found " + header);
          }
          continue;
        }
        DatasetEntry e = entry(manifestTsv, dir, line, record.getFields());
        if (entries.putIfAbsent(e.name(), e) != null) {
          throw DatasetException.at(manifestTsv, line, "dataset '" + e.name()
              + "' is listed twice");
        }
      }
    } catch (CsvParseException e) {
      throw CsvSource.translate(manifestTsv, e, 0, '"');
    } catch (IOException e) {
      throw DatasetException.at(manifestTsv, "could not be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw DatasetException.at(manifestTsv, "could not be read: " + e.getCause().getMessage(), e);
    }
    return new DatasetRegistry(manifestTsv, java.util.Collections.unmodifiableMap(entries));
  }

  private static DatasetEntry entry(Path manifest, Path dir, long line, List<String> f) {
    if (f.size() != COLUMNS.size()) {
      throw DatasetException.at(manifest, line, "line " + line + " has " + f.size()
          + " fields, header has " + COLUMNS.size());
    }
    try {
      return new DatasetEntry(f.get(0), dir.resolve(f.get(1)), Integer.parseInt(f.get(2)),
          Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)), f.get(5), yesNo(f.get(6)),
          Integer.parseInt(f.get(7)), f.get(8), f.get(9), f.get(10), f.get(11));
    } catch (IllegalArgumentException e) {
      throw DatasetException.at(manifest, line, "malformed entry: " + e.getMessage());
    }
  }

  private static boolean yesNo(String s) {
    if (s.equals("yes") || s.equals("no")) {
      return s.equals("yes");
    }
    throw new IllegalArgumentException("has_missing must be yes or no, found '" + s + "'");
  }

  /** Every entry, in manifest order. */
  public List<DatasetEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * The entry of a dataset.
   *
   * @throws DatasetException naming the known datasets when there is none by that name
   */
  public DatasetEntry entry(String name) {
    requireNonNull(name, "name");
    DatasetEntry e = entries.get(name);
    if (e == null) {
      throw DatasetException.at(manifest, "has no dataset named '" + name
          + "'; the datasets are " + entries().stream().map(DatasetEntry::name).toList());
    }
    return e;
  }

  /** Loads a dataset by name without checking its hash. */
  public TabularData load(String name) {
    return load(name, false);
  }

  /**
   * Loads a dataset by name with its manifest target column.
   *
   * @param verifySha256 whether to check the file's SHA-256 against the manifest first
   * @throws DatasetException when the name is unknown, the hash differs or the file is bad
   */
  public TabularData load(String name, boolean verifySha256) {
    DatasetEntry e = entry(name);
    if (verifySha256) {
      String actual = sha256(e.file());
      if (!actual.equalsIgnoreCase(e.sha256())) {
        throw DatasetException.at(e.file(), "SHA-256 is " + actual + " but " + manifest
            + " says " + e.sha256() + "; the file was changed or is incomplete");
      }
    }
    return TabularReader.builder().target(e.targetColumn()).build().read(e.file());
  }

  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      byte[] buffer = new byte[1 << 16];
      while (in.read(buffer) >= 0) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 must be available in every JDK", e);
    } catch (IOException e) {
      throw DatasetException.at(file, "could not be read: " + e.getMessage(), e);
    }
  }
}
