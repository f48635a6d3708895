package org.greenautoml.data;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Iterator;
import java.util.TreeSet;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Turns {@link TabularData} rows into Tribuo examples: numeric columns as they are, categorical
 * columns one-hot ({@code column=category}, value 1), fitted on training rows.
 *
 * <ul>
 *   <li>A missing numeric cell is left out of the example (Tribuo examples are sparse); filling it
 *       in is the model family's job, and {@link EncodingSchema#numericWithMissing()} says which
 *       columns need it. Zeros are kept: absent and zero differ for XGBoost.
 *   <li>A missing categorical cell, and a category the training rows did not have, encode as all
 *       zeros; they never fail. A row with no present feature at all is given the lowest one-hot
 *       feature with value 0 (the same meaning), since a Tribuo example needs one; in a table
 *       without categorical columns such a row is an error.
 *   <li>The label domain is the classes of the training rows; a row with another class is an
 *       error.
 * </ul>
 *
 * Rows are matched to the fitted columns by name, so a table read from another file works. The
 * examples of one {@link #encode} call that have the same present features share one names array
 * ({@link FeatureNameSet}), which makes a dense dataset a third smaller.
 * Immutable and thread-safe; O(present cells) per row (plus a sort of the present features in
 * the rare case that a numeric column's name falls among another column's one-hot names).
 */
public final class FeatureEncoder {

  private final EncodingSchema schema;
  private final String[] columnNames;
  private final boolean[] numeric;
  private final int[] numericSlot;
  private final Map<String, Integer>[] categorySlot;
  private final String[] slotNames;
  private final int[] slotOrder;
  private final int emptyRowSlot;
  private final Map<String, Label> labels;
  private volatile Binding binding;

  private FeatureEncoder(EncodingSchema schema, String[] columnNames, boolean[] numeric,
      int[] numericSlot, Map<String, Integer>[] categorySlot, String[] slotNames) {
    this.schema = schema;
    this.columnNames = columnNames;
    this.numeric = numeric;
    this.numericSlot = numericSlot;
    this.categorySlot = categorySlot;
    this.slotNames = slotNames;
    this.slotOrder = slotOrder(numeric, numericSlot, categorySlot);
    this.emptyRowSlot = lowestOneHotSlot(categorySlot);
    Map<String, Label> byName = new HashMap<>();
    schema.classes().forEach(c -> byName.put(c, new Label(c)));
    this.labels = Map.copyOf(byName);
  }

  /** Fits the encoding on training rows: categories and classes are those the rows contain. */
  public static FeatureEncoder fit(TabularData train) {
    requireNonNull(train, "train");
    return fit(List.of(train));
  }

  /**
   * Fits the encoding on the rows of several parts of one table (its blocks, in {@link
   * TabularReader#readDataset}), which must have the same columns: the same encoder as a fit on
   * all their rows in one table.
   */
  static FeatureEncoder fit(List<TabularData> parts) {
    TabularData first = parts.get(0);
    List<ColumnSchema> cols = first.features();
    int n = cols.size();
    String[] columnNames = new String[n];
    boolean[] numeric = new boolean[n];
    List<String> names = new ArrayList<>();
    Map<String, List<String>> categories = new LinkedHashMap<>();
    TreeSet<String> withMissing = new TreeSet<>();
    for (int f = 0; f < n; f++) {
      ColumnSchema c = cols.get(f);
      columnNames[f] = c.name();
      numeric[f] = c.type() == ColumnType.NUMERIC;
      if (numeric[f]) {
        names.add(c.name());
        if (hasMissingValue(parts, f)) {
          withMissing.add(c.name());
        }
      } else {
        List<String> seen = seenCategories(parts, f);
        categories.put(c.name(), seen);
        seen.forEach(v -> names.add(c.name() + "=" + v));
      }
    }
    String[] sorted = names.toArray(new String[0]);
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].equals(sorted[i - 1])) {
        throw DatasetException.of("two encoded features of " + first.source() + " are both named '"
            + sorted[i] + "' (a column name contains '='); rename the column");
      }
    }
    List<String> classes = new ArrayList<>(new TreeSet<>(seenLabels(parts)));
    EncodingSchema schema = new EncodingSchema(names, categories, withMissing, classes);
    return assemble(schema, columnNames, numeric, sorted);
  }

  /** Whether numeric column {@code f} has a missing value in any row of the parts. */
  private static boolean hasMissingValue(List<TabularData> parts, int f) {
    for (TabularData part : parts) {
      // a column with no missing cell in the file has none in any view of it either
      if (!part.features().get(f).hasMissing()) {
        continue;
      }
      for (int r = 0; r < part.rowCount(); r++) {
        if (Double.isNaN(part.numeric(r, f))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rebuilds the encoder that {@link #schema()} describes, for example from a saved model's
   * sidecar: it encodes every row exactly as the fitted encoder did.
   *
   * @throws IllegalArgumentException if the schema is inconsistent: repeated feature names, a
   *     one-hot feature missing from {@code featureNames}, or a column with missing values that
   *     is not numeric
   */
  public static FeatureEncoder fromSchema(EncodingSchema schema) {
    requireNonNull(schema, "schema");
    Set<String> oneHot = new HashSet<>();
    schema.categories().forEach((c, values) -> values.forEach(v -> oneHot.add(c + "=" + v)));
    Set<String> features = new HashSet<>();
    List<String> numericColumns = new ArrayList<>();
    for (String name : schema.featureNames()) {
      if (!features.add(name)) {
        throw new IllegalArgumentException(
            "encoding schema feature names must be distinct, found " + name + " twice");
      }
      if (!oneHot.contains(name)) {
        numericColumns.add(name);
      }
    }
    for (String name : oneHot) {
      if (!features.contains(name)) {
        throw new IllegalArgumentException(
            "encoding schema must list every one-hot feature, found " + name + " missing");
      }
    }
    for (String name : schema.numericWithMissing()) {
      if (!numericColumns.contains(name)) {
        throw new IllegalArgumentException(
            "columns with missing values must be numeric columns of the schema, found " + name);
      }
    }
    int n = numericColumns.size() + schema.categories().size();
    String[] columnNames = new String[n];
    boolean[] numeric = new boolean[n];
    int f = 0;
    for (String name : numericColumns) {
      numeric[f] = true;
      columnNames[f++] = name;
    }
    for (String name : schema.categories().keySet()) {
      columnNames[f++] = name;
    }
    String[] sorted = schema.featureNames().toArray(new String[0]);
    Arrays.sort(sorted);
    return assemble(schema, columnNames, numeric, sorted);
  }

  @SuppressWarnings("unchecked")
  private static FeatureEncoder assemble(
      EncodingSchema schema, String[] columnNames, boolean[] numeric, String[] sorted) {
    Map<String, Integer> slot = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      slot.put(sorted[i], i);
    }
    int n = columnNames.length;
    int[] numericSlot = new int[n];
    Map<String, Integer>[] categorySlot = new Map[n];
    for (int f = 0; f < n; f++) {
      if (numeric[f]) {
        numericSlot[f] = slot.get(columnNames[f]);
      } else {
        Map<String, Integer> m = new HashMap<>();
        for (String v : schema.categories().get(columnNames[f])) {
          m.put(v, slot.get(columnNames[f] + "=" + v));
        }
        categorySlot[f] = m;
      }
    }
    return new FeatureEncoder(schema, columnNames, numeric, numericSlot, categorySlot, sorted);
  }

  /**
   * The columns ordered by their first feature slot. A categorical column's slots are contiguous
   * ({@code name=} is a common prefix) and a row has at most one of them, so encoding in this order
   * usually yields the present slots already sorted.
   */
  private static int[] slotOrder(boolean[] numeric, int[] numericSlot,
      Map<String, Integer>[] categorySlot) {
    int n = numeric.length;
    long[] keyed = new long[n];
    for (int f = 0; f < n; f++) {
      int first = numeric[f] ? numericSlot[f] : categorySlot[f].values().stream()
          .mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
      keyed[f] = ((long) first << 32) | f;
    }
    Arrays.sort(keyed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  /**
   * The slot a row with no present feature gets at value 0: the lowest one-hot feature, whose 0
   * says what the row says (no category); -1 when the encoder has no one-hot feature.
   */
  private static int lowestOneHotSlot(Map<String, Integer>[] categorySlot) {
    int lowest = -1;
    for (Map<String, Integer> slots : categorySlot) {
      for (int s : slots == null ? List.<Integer>of() : slots.values()) {
        lowest = lowest < 0 ? s : Math.min(lowest, s);
      }
    }
    return lowest;
  }

  private static List<String> seenCategories(List<TabularData> parts, int f) {
    List<String> all = parts.get(0).features().get(f).categories();
    boolean[] seen = new boolean[all.size()];
    for (TabularData data : parts) {
      for (int r = 0; r < data.rowCount(); r++) {
        int code = data.categoryCode(r, f);
        if (code >= 0) {
          seen[code] = true;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < seen.length; i++) {
      if (seen[i]) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  private static List<String> seenLabels(List<TabularData> parts) {
    List<String> classes = parts.get(0).classes();
    boolean[] seen = new boolean[classes.size()];
    for (TabularData data : parts) {
      for (int r = 0; r < data.rowCount(); r++) {
        seen[data.labelIndex(r)] = true;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < seen.length; i++) {
      if (seen[i]) {
        out.add(classes.get(i));
      }
    }
    return out;
  }

  /** The Tribuo feature names in column order (see {@link EncodingSchema#featureNames()}). */
  public List<String> featureNames() {
    return schema.featureNames();
  }

  /** What the encoder learned. */
  public EncodingSchema schema() {
    return schema;
  }

  /** Encodes every row into a new Tribuo dataset. */
  public MutableDataset<Label> encode(TabularData rows) {
    requireNonNull(rows, "rows");
    return encode(rows.source(), rows.rowCount(), List.of(rows).iterator());
  }

  /**
   * Encodes the rows of consecutive parts of one table into one new dataset, as {@link
   * #encode(TabularData)} would encode the whole table; keeps no part once it moves to the next.
   */
  MutableDataset<Label> encode(String source, int rowCount, Iterator<TabularData> parts) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> out = new MutableDataset<>(new SimpleDataSourceProvenance(
        "GreenAutoML TabularData " + source + " (" + rowCount + " rows)",
        OffsetDateTime.now(), factory), factory);
    FeatureNamePool pool = new FeatureNamePool();
    while (parts.hasNext()) {
      TabularData rows = parts.next();
      Binding b = bind(rows);
      RowCollector w = b.collector(rows);
      for (int r = 0; r < rows.rowCount(); r++) {
        out.add(encode(rows, r, b, w, pool, true));
      }
    }
    return out;
  }

  /** Encodes one row (for prediction on new rows). */
  public Example<Label> encodeRow(TabularData data, int row) {
    requireNonNull(data, "data");
    Binding b = bind(data);
    return encode(data, row, b, b.collector(data), null, true);
  }

  /**
   * Encodes the features of one row and ignores its class, which may be one the encoder was not
   * fitted on (for scoring new rows): the example's output is {@link LabelFactory#UNKNOWN_LABEL}.
   */
  public Example<Label> encodeFeatures(TabularData data, int row) {
    requireNonNull(data, "data");
    Binding b = bind(data);
    return encode(data, row, b, b.collector(data), null, false);
  }

  /** Encodes row {@code r}; its feature names come from {@code pool} when there is one. */
  private Example<Label> encode(TabularData data, int r, Binding b, RowCollector w,
      FeatureNamePool pool, boolean labelled) {
    int m = w.collect(r);
    if (m == 0) {
      throw DatasetException.of("row " + r + " of " + data.source() + " has no value in any"
          + " feature column (every cell is missing), and a Tribuo example needs at least one"
          + " feature; fill in a value or remove the row");
    }
    Label label = labelled ? b.labels[data.labelIndex(r)] : LabelFactory.UNKNOWN_LABEL;
    if (label == null) {
      throw DatasetException.of("row " + r + " of " + data.source() + " has class '"
          + data.label(r) + "', which the encoder was not fitted on; its classes are "
          + schema.classes());
    }
    FeatureNameSet names = pool != null ? pool.intern(w.slots, w.names, m)
        : new FeatureNameSet(Arrays.copyOf(w.names, m));
    return new PresortedExample<>(label, names, Arrays.copyOf(w.values, m));
  }

  /** The fitted columns matched by name to the columns of one table, cached for its views. */
  private Binding bind(TabularData data) {
    Binding b = binding;
    if (b != null && b.matches(data.features(), data.classes())) {
      return b;
    }
    b = new Binding(data);
    binding = b;
    return b;
  }

  private final class Binding {
    final List<ColumnSchema> schemas;
    final List<String> classes;
    final int[] column = new int[columnNames.length];
    final int[][] codeSlot = new int[columnNames.length][];
    final Label[] labels;

    Binding(TabularData data) {
      schemas = data.features();
      classes = data.classes();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < schemas.size(); i++) {
        index.put(schemas.get(i).name(), i);
      }
      for (int f = 0; f < columnNames.length; f++) {
        Integer i = index.get(columnNames[f]);
        ColumnType want = numeric[f] ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
        if (i == null || schemas.get(i).type() != want) {
          throw DatasetException.of(data.source() + " has no " + want.name().toLowerCase()
              + " column '" + columnNames[f] + "', which the encoder was fitted on");
        }
        column[f] = i;
        if (!numeric[f]) {
          List<String> cats = schemas.get(i).categories();
          codeSlot[f] = new int[cats.size()];
          for (int c = 0; c < cats.size(); c++) {
            codeSlot[f][c] = categorySlot[f].getOrDefault(cats.get(c), -1);
          }
        }
      }
      labels = new Label[classes.size()];
      for (int c = 0; c < labels.length; c++) {
        labels[c] = FeatureEncoder.this.labels.get(classes.get(c));
      }
    }

    /** A collector for rows of {@code data}, which must match this binding. */
    RowCollector collector(TabularData data) {
      int n = slotOrder.length;
      int[] columns = new int[n];
      int[] slots = new int[n];
      int[][] codeSlots = new int[n][];
      for (int k = 0; k < n; k++) {
        int f = slotOrder[k];
        columns[k] = column[f];
        slots[k] = numeric[f] ? numericSlot[f] : -1;
        codeSlots[k] = codeSlot[f];
      }
      return new RowCollector(data, columns, slots, codeSlots, slotNames, emptyRowSlot);
    }

    boolean matches(List<ColumnSchema> other, List<String> otherClasses) {
      if (other.size() != schemas.size() || otherClasses != classes) {
        return false;
      }
      for (int i = 0; i < other.size(); i++) {
        if (other.get(i) != schemas.get(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
