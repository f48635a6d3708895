package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.greenautoml.energy.ReferenceTable;

/**
 * Power usage effectiveness: facility energy / IT energy (The Green Grid, 2007), &ge; 1.
 *
 * @param value the PUE, finite and &ge; 1
 * @param source where it comes from
 */
public record Pue(double value, String source) {

  public Pue {
    requireNonNull(source, "source");
    if (!Double.isFinite(value) || value < 1) {
      throw new IllegalArgumentException(
          "PUE must be finite and >= 1 (facility energy / IT energy), found " + value);
    }
  }

  /** 1.0: one's own machine, no data-centre overhead counted. */
  public static Pue ownMachine() {
    return new Pue(1.0, "own machine (no data-centre overhead)");
  }

  /** The default data-centre PUE of Green Algorithms' {@code defaults_PUE.csv} (1.56, Uptime 2024). */
  public static Pue dataCentreDefault() {
    return forProvider("Unknown").orElseThrow();
  }

  /** The Green Algorithms default PUE of a cloud provider ({@code gcp}, {@code aws}, ...), if listed. */
  public static Optional<Pue> forProvider(String provider) {
    requireNonNull(provider, "provider");
    for (ReferenceTable.Row row : Holder.TABLE.rows()) {
      if (row.get("provider").toLowerCase(Locale.ROOT).equals(provider.toLowerCase(Locale.ROOT))) {
        return Optional.of(
            new Pue(
                row.number("PUE"),
                "Green Algorithms defaults_PUE.csv, " + row.get("provider") + ": " + row.get("source")));
      }
    }
    return Optional.empty();
  }

  private static final class Holder {
    static final ReferenceTable TABLE = ReferenceTable.resource(Pue.class, "default-pue.csv");
  }
}
