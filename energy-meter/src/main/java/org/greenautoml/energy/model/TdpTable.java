package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greenautoml.energy.EnergyException;
import org.greenautoml.energy.ReferenceTable;

/**
 * CPU thermal design power by model name, from the bundled tables derived from Green Algorithms'
 * {@code TDP_cpu.csv} (CC BY 4.0) and CodeCarbon's {@code cpu_power.csv} (MIT); see {@code
 * NOTICE.md} next to them.
 *
 * <p>Matching: both the processor name (as OSHI reports it, e.g. {@code "Intel(R) Xeon(R) CPU
 * E5-2650 v2 @ 2.60GHz"}) and each table model are normalised (lower case; trademarks, vendor, the
 * words CPU/Processor and the clock after {@code @} removed); a model matches when it occurs in the
 * processor name as whole words and contains a digit (so that {@code "Xeon"} alone never matches).
 * The longest matching model wins; on a tie the first in table order, so a Green Algorithms row
 * (which cites a source) before a CodeCarbon one.
 * Immutable; thread-safe; lookup is linear in the table (about 5,000 rows, done once per meter).
 */
public final class TdpTable {

  private static final Pattern TRADEMARKS = Pattern.compile("\\((r|tm)\\)|®|™");
  private static final Pattern CLOCK = Pattern.compile("@.*$");
  private static final Pattern NOISE = Pattern.compile("\\b(intel|amd|cpu|processor)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, TdpEntry> byNormalisedModel;
  private final double defaultWattsPerCore;
  private final String defaultSource;

  private TdpTable(Map<String, TdpEntry> byModel, double defaultWattsPerCore, String defaultSource) {
    this.byNormalisedModel = Collections.unmodifiableMap(new LinkedHashMap<>(byModel));
    this.defaultWattsPerCore = defaultWattsPerCore;
    this.defaultSource = defaultSource;
  }

  /** The bundled table. */
  public static TdpTable bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final TdpTable BUNDLED =
        of(
            ReferenceTable.resource(TdpTable.class, "cpu-tdp-green-algorithms.csv"),
            ReferenceTable.resource(TdpTable.class, "cpu-tdp-codecarbon.csv"));
  }

  /**
   * Builds a table from a Green Algorithms table (columns {@code model, TDP, TDP_per_core, source},
   * with an {@code Any} row giving the default watts per core) and a CodeCarbon table (columns
   * {@code Name, TDP}).
   *
   * @throws EnergyException naming the table and line of a row that does not parse
   */
  public static TdpTable of(ReferenceTable greenAlgorithms, ReferenceTable codeCarbon) {
    requireNonNull(greenAlgorithms, "greenAlgorithms");
    requireNonNull(codeCarbon, "codeCarbon");
    Map<String, TdpEntry> byModel = new LinkedHashMap<>();
    Double perCore = null;
    String perCoreSource = null;
    for (ReferenceTable.Row row : greenAlgorithms.rows()) {
      String model = row.get("model");
      if (model.equals("Any")) {
        perCore = positive(row, "TDP_per_core");
        perCoreSource = "Green Algorithms TDP_cpu.csv 'Any' row (CC BY 4.0)";
        continue;
      }
      String source = row.get("source").isEmpty() ? "Green Algorithms TDP_cpu.csv" : row.get("source");
      byModel.putIfAbsent(
          normalise(model), new TdpEntry(model, positive(row, "TDP"), "green-algorithms", source));
    }
    for (ReferenceTable.Row row : codeCarbon.rows()) {
      String model = row.get("Name");
      byModel.putIfAbsent(
          normalise(model),
          new TdpEntry(model, positive(row, "TDP"), "codecarbon", "CodeCarbon cpu_power.csv (MIT)"));
    }
    if (perCore == null) {
      throw new EnergyException(
          greenAlgorithms.origin() + ": must have an 'Any' row with the default TDP_per_core");
    }
    byModel.remove("");
    return new TdpTable(byModel, perCore, perCoreSource);
  }

  private static double positive(ReferenceTable.Row row, String column) {
    double value = row.number(column);
    if (value <= 0) {
      throw row.error("column '" + column + "' must be > 0, found " + value);
    }
    return value;
  }

  /** The entry for a processor name, or empty when no model of the table matches it. */
  public Optional<TdpEntry> lookup(String processorName) {
    String name = " " + normalise(requireNonNull(processorName, "processorName")) + " ";
    TdpEntry best = null;
    int bestLength = -1;
    for (Map.Entry<String, TdpEntry> e : byNormalisedModel.entrySet()) {
      String model = e.getKey();
      if (model.length() > bestLength
          && hasDigit(model)
          && name.contains(" " + model + " ")) {
        best = e.getValue();
        bestLength = model.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The default TDP per physical core for a CPU that is not in the table, W. */
  public double defaultWattsPerCore() {
    return defaultWattsPerCore;
  }

  /** Where {@link #defaultWattsPerCore()} comes from. */
  public String defaultSource() {
    return defaultSource;
  }

  /** Number of distinct models. */
  public int size() {
    return byNormalisedModel.size();
  }

  static String normalise(String name) {
    String s = name.toLowerCase(Locale.ROOT);
    s = TRADEMARKS.matcher(s).replaceAll(" ");
    s = CLOCK.matcher(s).replaceAll(" ");
    s = NOISE.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  List<TdpEntry> entries() {
    return new ArrayList<>(byNormalisedModel.values());
  }
}
