package org.greenautoml.energy.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenautoml.energy.ReferenceTable;

/**
 * TDP per hardware thread by vendor and server CPU generation (CPUID family and model range): the
 * bundled {@code cpu-generations.csv}, derived by {@code scripts/derive-power-tables.py} from
 * CodeCarbon's scraped AMD and Intel product tables (MIT). Used for a CPU whose name gives no TDP,
 * such as a cloud VM that reports a bare "AMD EPYC". Immutable; thread-safe.
 */
final class CpuGenerations {

  /**
   * One generation.
   *
   * @param vendor {@code AMD} or {@code Intel}
   * @param family CPUID family, or -1 for the vendor's row that covers every generation
   * @param modelFrom first CPUID model of the generation
   * @param modelTo last CPUID model of the generation
   * @param name e.g. {@code EPYC 9004 (Genoa, Zen 4)}
   * @param wattsPerThread median TDP per hardware thread over the generation's products, W
   * @param spread relative spread of that figure: the larger of {@code q90 / median - 1} and
   *     {@code 1 - q10 / median}
   * @param products how many products the median is over
   * @param source where the figures come from
   */
  record Generation(
      String vendor, int family, int modelFrom, int modelTo, String name, double wattsPerThread,
      double spread, int products, String source) {
    Generation {
      requireNonNull(vendor, "vendor");
      requireNonNull(name, "name");
      requireNonNull(source, "source");
    }
  }

  private final List<Generation> rows;

  private CpuGenerations(List<Generation> rows) {
    this.rows = List.copyOf(rows);
  }

  static CpuGenerations bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final CpuGenerations BUNDLED =
        of(ReferenceTable.resource(CpuGenerations.class, "cpu-generations.csv"));
  }

  static CpuGenerations of(ReferenceTable table) {
    List<Generation> rows = new ArrayList<>();
    for (ReferenceTable.Row r : table.rows()) {
      double median = r.number("watts_per_thread_median");
      if (!(median > 0)) {
        throw r.error("column 'watts_per_thread_median' must be > 0, found " + median);
      }
      double spread =
          Math.max(r.number("watts_per_thread_q90") / median - 1,
              1 - r.number("watts_per_thread_q10") / median);
      rows.add(
          new Generation(
              r.get("vendor"), (int) r.number("family"), (int) r.number("model_from"),
              (int) r.number("model_to"), r.get("generation"), median, spread,
              (int) r.number("cpus"), r.get("source")));
    }
    return new CpuGenerations(rows);
  }

  /**
   * The generation of {@code cpu}: the row whose family and model range hold its CPUID family and
   * model, else the vendor's any-generation row; empty for a vendor with no row.
   */
  Optional<Generation> lookup(CpuIdentity cpu) {
    Generation vendorWide = null;
    for (Generation g : rows) {
      if (!g.vendor().equalsIgnoreCase(cpu.vendor())) {
        continue;
      }
      if (g.family() < 0) {
        vendorWide = g;
      } else if (cpu.family().isPresent() && cpu.model().isPresent()
          && cpu.family().getAsInt() == g.family()
          && cpu.model().getAsInt() >= g.modelFrom() && cpu.model().getAsInt() <= g.modelTo()) {
        return Optional.of(g);
      }
    }
    return Optional.ofNullable(vendorWide);
  }
}
