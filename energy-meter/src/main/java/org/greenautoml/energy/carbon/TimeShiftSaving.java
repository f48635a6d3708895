package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenautoml.energy.EnergyReading;

/**
 * What shifting a search in time saved: the emissions of its measured energy as it ran, against
 * the emissions of the same energy had the search run at once from its start, both at a series'
 * intensity. The at-once timeline removes the time the search waited for a cleaner hour (with no
 * trial running): every instant moves earlier by the waiting that came before it, and energy spent
 * during a wait (the idle engine's overhead) moves onto the wait's start. Trials keep their length
 * and order.
 *
 * @param emittedKgCO2e the emissions as the search ran
 * @param atOnceKgCO2e the emissions of the same energy run without waiting
 * @param waited the total time the search waited
 */
public record TimeShiftSaving(double emittedKgCO2e, double atOnceKgCO2e, Duration waited) {

  /** Validates. */
  public TimeShiftSaving {
    requireNonNull(waited, "waited");
    if (!Double.isFinite(emittedKgCO2e) || emittedKgCO2e < 0 || !Double.isFinite(atOnceKgCO2e)
        || atOnceKgCO2e < 0) {
      throw new IllegalArgumentException("emissions must be finite and >= 0 kg CO2e, found "
          + emittedKgCO2e + " and " + atOnceKgCO2e);
    }
    if (waited.isNegative()) {
      throw new IllegalArgumentException("waiting time must be >= 0, found " + waited);
    }
  }

  /** What waiting saved, kg CO2e; negative when the waiting ran into dirtier hours. */
  public double savedKgCO2e() {
    return atOnceKgCO2e - emittedKgCO2e;
  }

  /**
   * Compares the timelines.
   *
   * @param accountant an accountant with a series (the PUE and the series apply to both)
   * @param spent every trial and overhead stretch, in any order
   * @param waits the spans the search waited, in any order; overlapping spans count once
   * @throws IllegalArgumentException if the accountant has no series
   */
  public static TimeShiftSaving compare(
      CarbonAccountant accountant, List<TimedEnergy> spent, List<TimeSpan> waits) {
    requireNonNull(accountant, "accountant");
    if (accountant.series().isEmpty()) {
      throw new IllegalArgumentException("accountant must have an intensity series, found none");
    }
    List<Instant[]> merged = merge(requireNonNull(waits, "waits"));
    double emitted = 0;
    double atOnce = 0;
    for (TimedEnergy e : requireNonNull(spent, "spent")) {
      double kWh = e.joules() / EnergyReading.JOULES_PER_KWH;
      emitted += accountant.footprintOf(kWh, e.from(), e.to()).kgCO2e();
      atOnce += atOnceKgCO2e(accountant, e, kWh, merged);
    }
    Duration waited = Duration.ZERO;
    for (Instant[] w : merged) {
      waited = waited.plus(Duration.between(w[0], w[1]));
    }
    return new TimeShiftSaving(emitted, atOnce, waited);
  }

  /**
   * The footprint of one stretch on the at-once timeline: the parts outside waits move earlier by
   * the waiting before them and keep their length; a part inside a wait collapses onto the wait's
   * (moved) start. Energy stays spread evenly over the original stretch.
   */
  private static double atOnceKgCO2e(
      CarbonAccountant accountant, TimedEnergy e, double kWh, List<Instant[]> merged) {
    long total = Duration.between(e.from(), e.to()).toNanos();
    if (total == 0) {
      Instant at = shift(e.from(), merged);
      return accountant.footprintOf(kWh, at, at).kgCO2e();
    }
    List<Instant> cuts = new ArrayList<>();
    cuts.add(e.from());
    for (Instant[] w : merged) {
      for (Instant c : w) {
        if (c.isAfter(e.from()) && c.isBefore(e.to())) {
          cuts.add(c);
        }
      }
    }
    cuts.add(e.to());
    double kg = 0;
    for (int i = 0; i + 1 < cuts.size(); i++) {
      Instant a = cuts.get(i);
      Instant b = cuts.get(i + 1);
      double share = (double) Duration.between(a, b).toNanos() / total;
      Instant from = shift(a, merged);
      Instant to = inWait(a, merged) ? from : shift(b, merged);
      kg += accountant.footprintOf(kWh * share, from, to).kgCO2e();
    }
    return kg;
  }

  private static boolean inWait(Instant t, List<Instant[]> merged) {
    for (Instant[] w : merged) {
      if (!t.isBefore(w[0]) && t.isBefore(w[1])) {
        return true;
      }
    }
    return false;
  }

  /** {@code t} minus the waiting before it. */
  static Instant shift(Instant t, List<Instant[]> merged) {
    Duration before = Duration.ZERO;
    for (Instant[] w : merged) {
      if (!t.isAfter(w[0])) {
        break;
      }
      Instant end = t.isBefore(w[1]) ? t : w[1];
      before = before.plus(Duration.between(w[0], end));
    }
    return t.minus(before);
  }

  /** The waits sorted and with overlapping or touching spans joined. */
  static List<Instant[]> merge(List<TimeSpan> waits) {
    List<TimeSpan> sorted = new ArrayList<>(waits);
    sorted.sort(Comparator.comparing(TimeSpan::from));
    List<Instant[]> merged = new ArrayList<>();
    for (TimeSpan w : sorted) {
      Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !w.from().isAfter(last[1])) {
        if (w.to().isAfter(last[1])) {
          last[1] = w.to();
        }
      } else if (w.to().isAfter(w.from())) {
        merged.add(new Instant[] {w.from(), w.to()});
      }
    }
    return merged;
  }
}
