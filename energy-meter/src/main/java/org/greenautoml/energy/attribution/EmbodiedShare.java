package org.greenautoml.energy.attribution;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import org.greenautoml.energy.ReferenceTable;

/**
 * The manufacturing footprint of the hardware, prorated by time and share: {@code server kg CO2e
 * × hours held / lifetime hours × host share × machine share}, where the host share is 1 on a
 * machine of one's own and, in a virtual machine, its threads over the reference server's. The
 * figures are the bundled {@code embodied-server.csv}: Boavizta's per-server manufacturing GWP
 * (ADEME Base Empreinte) and the lifetime and core count of Boavizta's {@code
 * platform_compute_medium} archetype, derived by {@code scripts/derive-power-tables.py}. Reported
 * beside operational CO2e, charged only when asked ({@code --include-embodied}). Immutable.
 *
 * @param serverKgCO2e manufacturing footprint of one server, kg CO2e, &gt; 0
 * @param lifetimeHours the hours it is amortised over, &gt; 0
 * @param hostThreads hardware threads of that server (for a VM's share), &ge; 1
 * @param source where the figures come from
 * @param year the year of the source
 */
public record EmbodiedShare(
    double serverKgCO2e, double lifetimeHours, int hostThreads, String source, int year) {

  public EmbodiedShare {
    requireNonNull(source, "source");
    if (!(serverKgCO2e > 0) || !(lifetimeHours > 0) || hostThreads < 1) {
      throw new IllegalArgumentException(
          "serverKgCO2e and lifetimeHours must be > 0 and hostThreads >= 1, found " + serverKgCO2e
              + ", " + lifetimeHours + ", " + hostThreads);
    }
  }

  /** The bundled figures. */
  public static EmbodiedShare bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final EmbodiedShare BUNDLED = of(
        ReferenceTable.resource(EmbodiedShare.class, "embodied-server.csv").rows().get(0));
  }

  private static EmbodiedShare of(ReferenceTable.Row r) {
    return new EmbodiedShare(r.number("kg_co2e"), r.number("lifetime_hours"),
        (int) r.number("host_threads"), r.get("source"), (int) r.number("year"));
  }

  /**
   * kg CO2e for holding {@code share} of a machine with {@code threads} hardware threads for
   * {@code held}; in a virtual machine the host share is {@code threads / hostThreads} (at most 1).
   */
  public double kgCO2e(Duration held, int threads, boolean virtualMachine, MachineShare share) {
    requireNonNull(held, "held");
    requireNonNull(share, "share");
    double host = virtualMachine ? Math.min(1, (double) threads / hostThreads) : 1;
    return serverKgCO2e * (held.toNanos() / 3.6e12) / lifetimeHours * host * share.fraction();
  }

  /** One line: the figure and its source. */
  public String describe() {
    return String.format(Locale.ROOT, "%.0f kg CO2e per server over %.0f h (%s, %d)",
        serverKgCO2e, lifetimeHours, source, year);
  }
}
