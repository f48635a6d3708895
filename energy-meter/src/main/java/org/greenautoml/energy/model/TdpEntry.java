package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

/**
 * One row of the bundled TDP table.
 *
 * @param model the CPU model as written in the source table
 * @param tdpWatts thermal design power of one package, W, &gt; 0
 * @param table which table: {@code green-algorithms} or {@code codecarbon}
 * @param source the row's source as given by the table (a URL), or the table's own name
 */
public record TdpEntry(String model, double tdpWatts, String table, String source) {
  public TdpEntry {
    requireNonNull(model, "model");
    requireNonNull(table, "table");
    requireNonNull(source, "source");
    if (!(tdpWatts > 0) || Double.isInfinite(tdpWatts)) {
      throw new IllegalArgumentException(
          "tdpWatts of '" + model + "' must be finite and > 0, found " + tdpWatts);
    }
  }
}
