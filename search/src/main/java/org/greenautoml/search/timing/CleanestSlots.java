package org.greenautoml.search.timing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeSpan;

/**
 * Picks the cleanest stretches of a series: the intervals inside a window, clipped to it, taken
 * from the lowest intensity up (the earlier first among equals) until they add up to the time
 * needed. A greedy choice is optimal here: every slot costs its own length and is charged its own
 * intensity, so the cleanest seconds are always the best ones to run in.
 */
public final class CleanestSlots {

  private CleanestSlots() {}

  /**
   * The slots to run in, in time order.
   *
   * @param series the intensity series
   * @param from the start of the window
   * @param to the end of the window (exclusive); clipped to the series' end
   * @param needed how much running time the slots must add up to; when the window holds less, every
   *     slot in it
   * @return the chosen slots; empty when the window is empty or outside the series
   */
  public static List<TimeSpan> plan(
      CarbonIntensitySeries series, Instant from, Instant to, Duration needed) {
    requireNonNull(series, "series");
    requireNonNull(needed, "needed");
    Instant start = from.isBefore(series.start()) ? series.start() : from;
    Instant end = to.isAfter(series.end()) ? series.end() : to;
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Instant a = series.timeOf(i);
      Instant b = a.plus(series.step());
      Instant lo = a.isBefore(start) ? start : a;
      Instant hi = b.isAfter(end) ? end : b;
      if (lo.isBefore(hi)) {
        slots.add(new Slot(new TimeSpan(lo, hi), series.gramsPerKWh(i)));
      }
    }
    slots.sort(Comparator.comparingDouble(Slot::grams)
        .thenComparing(s -> s.span().from()));
    List<TimeSpan> chosen = new ArrayList<>();
    Duration total = Duration.ZERO;
    for (Slot s : slots) {
      if (total.compareTo(needed) >= 0 && !chosen.isEmpty()) {
        break;
      }
      chosen.add(s.span());
      total = total.plus(s.span().length());
    }
    chosen.sort(Comparator.comparing(TimeSpan::from));
    return chosen;
  }

  private record Slot(TimeSpan span, double grams) {}
}
