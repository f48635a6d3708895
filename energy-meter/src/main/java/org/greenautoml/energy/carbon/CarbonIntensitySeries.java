package org.greenautoml.energy.carbon;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.greenautoml.energy.EnergyReading;

/**
 * Carbon intensity over time for one grid: one value in gCO2e/kWh per interval of a regular step
 * (5 minutes to 1 hour), the value holding over {@code [time, time + step)}. A trial or overhead
 * interval is charged at the intensity of the time it ran: its energy is taken as spread evenly
 * over its interval (the meter gives no finer power curve), so the energy split across the
 * series' boundaries is in proportion to time, and {@link #gramsCO2e} is the time-weighted mean
 * intensity times the energy.
 *
 * <p>Read one from CSV with {@link #read(Path)} ({@code timestamp,g_co2e_per_kwh[,kind]}; see
 * {@code docs/carbon-aware.md}) or build one with {@link #of}. Immutable; thread-safe.
 *
 * @implNote Lookups are O(1) by index arithmetic on nanoseconds; {@link #meanIntensity} is linear
 *     in the number of intervals it spans.
 */
public final class CarbonIntensitySeries {

  /** The shortest step a series may have. */
  public static final Duration MIN_STEP = Duration.ofMinutes(5);

  /** The longest step a series may have. */
  public static final Duration MAX_STEP = Duration.ofHours(1);

  /**
   * The highest believable intensity, gCO2e/kWh: lignite plants emit about 1,100 to 1,200, so a
   * grid average above this is a unit or typing error (kg instead of g, an extra digit).
   */
  public static final double MAX_GRAMS_PER_KWH = 2000;

  private final String source;
  private final Instant start;
  private final Duration step;
  private final long stepNanos;
  private final double[] grams;
  private final IntensityKind[] kinds;

  private CarbonIntensitySeries(
      String source, Instant start, Duration step, double[] grams, IntensityKind[] kinds) {
    this.source = source;
    this.start = start;
    this.step = step;
    this.stepNanos = step.toNanos();
    this.grams = grams;
    this.kinds = kinds;
  }

  /** A series of measured values ({@link IntensityKind#ACTUAL}). */
  public static CarbonIntensitySeries of(
      String source, Instant start, Duration step, double[] gramsPerKWh) {
    IntensityKind[] kinds = new IntensityKind[gramsPerKWh.length];
    Arrays.fill(kinds, IntensityKind.ACTUAL);
    return of(source, start, step, gramsPerKWh, Arrays.asList(kinds));
  }

  /**
   * A series.
   *
   * @param source where the values come from (a file name, a provider), for messages and reports
   * @param start the start of the first interval
   * @param step the length of every interval, 5 minutes to 1 hour
   * @param gramsPerKWh one value per interval, each finite, {@code >= 0} and at most {@link
   *     #MAX_GRAMS_PER_KWH}; at least one
   * @param kinds one kind per interval
   * @throws IllegalArgumentException if any of these does not hold
   */
  public static CarbonIntensitySeries of(String source, Instant start, Duration step,
      double[] gramsPerKWh, List<IntensityKind> kinds) {
    requireNonNull(source, "source");
    requireNonNull(start, "start");
    requireNonNull(step, "step");
    requireNonNull(gramsPerKWh, "gramsPerKWh");
    requireNonNull(kinds, "kinds");
    if (step.compareTo(MIN_STEP) < 0 || step.compareTo(MAX_STEP) > 0) {
      throw new IllegalArgumentException(
          "series step must be between 5 minutes and 1 hour, found " + step);
    }
    if (gramsPerKWh.length == 0) {
      throw new IllegalArgumentException("series must have at least one value, found none");
    }
    if (kinds.size() != gramsPerKWh.length) {
      throw new IllegalArgumentException("series must have one kind per value, found "
          + kinds.size() + " kinds for " + gramsPerKWh.length + " values");
    }
    for (int i = 0; i < gramsPerKWh.length; i++) {
      String problem = valueProblem(gramsPerKWh[i]);
      if (problem != null) {
        throw new IllegalArgumentException("series value " + i + " " + problem);
      }
    }
    return new CarbonIntensitySeries(source, start, step, gramsPerKWh.clone(),
        kinds.toArray(IntensityKind[]::new));
  }

  /** Why a value is not a believable intensity, or null when it is. */
  static String valueProblem(double gramsPerKWh) {
    if (!Double.isFinite(gramsPerKWh) || gramsPerKWh < 0) {
      return "must be finite and >= 0 gCO2e/kWh, found " + gramsPerKWh;
    }
    if (gramsPerKWh > MAX_GRAMS_PER_KWH) {
      return "must be at most " + (int) MAX_GRAMS_PER_KWH + " gCO2e/kWh (the dirtiest grids"
          + " average about 1,100; is it in kg or mg?), found " + gramsPerKWh;
    }
    return null;
  }

  /**
   * Reads a CSV series: a header {@code timestamp,g_co2e_per_kwh[,kind]}, then one row per
   * interval in time order.
   *
   * @throws IntensitySeriesException with the line and column of the first bad cell, or when the
   *     file cannot be read
   */
  public static CarbonIntensitySeries read(Path file) {
    requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new IntensitySeriesException(file.toString(), "cannot read the intensity series ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
  }

  /** Reads a CSV series from {@code in}, naming it {@code source} in messages. */
  public static CarbonIntensitySeries read(String source, Reader in) throws IOException {
    return new IntensitySeriesReader(requireNonNull(source, "source")).read(in);
  }

  /** Where the values come from. */
  public String source() {
    return source;
  }

  /** The start of the first interval. */
  public Instant start() {
    return start;
  }

  /** The end of the last interval (exclusive). */
  public Instant end() {
    return start.plusNanos(stepNanos * grams.length);
  }

  /** The length of each interval. */
  public Duration step() {
    return step;
  }

  /** The number of intervals. */
  public int size() {
    return grams.length;
  }

  /** The start of interval {@code i}. */
  public Instant timeOf(int i) {
    return start.plusNanos(stepNanos * checkIndex(i));
  }

  /** The intensity of interval {@code i}, gCO2e/kWh. */
  public double gramsPerKWh(int i) {
    return grams[checkIndex(i)];
  }

  /** The kind of interval {@code i}. */
  public IntensityKind kind(int i) {
    return kinds[checkIndex(i)];
  }

  /** The values in time order, gCO2e/kWh (a copy). */
  public List<Double> values() {
    return Collections.unmodifiableList(Arrays.stream(grams).boxed().toList());
  }

  /** The lowest intensity of the series. */
  public double minGramsPerKWh() {
    return Arrays.stream(grams).min().orElseThrow();
  }

  /** The highest intensity of the series. */
  public double maxGramsPerKWh() {
    return Arrays.stream(grams).max().orElseThrow();
  }

  /**
   * Whether the series covers {@code [from, to)}; an empty interval ({@code from == to}) is
   * covered when {@code from} lies in the series.
   */
  public boolean covers(Instant from, Instant to) {
    requireOrdered(from, to);
    return !from.isBefore(start) && from.isBefore(end()) && !to.isAfter(end());
  }

  /**
   * Throws unless the series covers {@code [from, to)}.
   *
   * @param what what needs the interval, for the message ("the search", "trial 12")
   * @throws IntensitySeriesException naming both intervals
   */
  public void requireCovers(Instant from, Instant to, String what) {
    if (!covers(from, to)) {
      throw new IntensitySeriesException(source, "the series covers " + start + " to " + end()
          + ", but " + what + " runs from " + from + " to " + to
          + "; give a series that covers it (or replay one with --start-at)", null);
    }
  }

  /**
   * The intensity at {@code t}, gCO2e/kWh.
   *
   * @throws IntensitySeriesException if {@code t} is outside the series
   */
  public double intensityAt(Instant t) {
    requireCovers(t, t, "the instant asked for");
    return grams[indexOf(t)];
  }

  /**
   * The time-weighted mean intensity over {@code [from, to)}, gCO2e/kWh: the intensity that applies
   * to energy spent evenly over the interval; the intensity at {@code from} when it is empty.
   *
   * @throws IntensitySeriesException if the series does not cover the interval
   */
  public double meanIntensity(Instant from, Instant to) {
    requireCovers(from, to, "the interval asked for");
    if (from.equals(to)) {
      return grams[indexOf(from)];
    }
    long a = nanosFromStart(from);
    long b = nanosFromStart(to);
    int first = (int) (a / stepNanos);
    int last = (int) ((b - 1) / stepNanos);
    double weighted = 0;
    for (int i = first; i <= last; i++) {
      long lo = Math.max(a, i * stepNanos);
      long hi = Math.min(b, (i + 1) * stepNanos);
      weighted += (double) (hi - lo) * grams[i];
    }
    return weighted / (b - a);
  }

  /**
   * As {@link #meanIntensity}, but the parts of {@code [from, to)} outside the series are charged at
   * its nearest value (the first before its start, the last after its end), so that a trial still
   * running when the series ends is charged rather than failed. Callers check that the series
   * covers the run before it starts; this only absorbs an overrun.
   */
  public double meanIntensityHeld(Instant from, Instant to) {
    requireOrdered(from, to);
    Instant end = end();
    Instant last = end.minusNanos(1);
    if (from.equals(to)) {
      return grams[indexOf(from.isBefore(start) ? start : from.isAfter(last) ? last : from)];
    }
    long total = Duration.between(from, to).toNanos();
    double weighted = 0;
    if (from.isBefore(start)) {
      Instant cut = to.isBefore(start) ? to : start;
      weighted += (double) Duration.between(from, cut).toNanos() * grams[0];
    }
    if (to.isAfter(end)) {
      Instant cut = from.isAfter(end) ? from : end;
      weighted += (double) Duration.between(cut, to).toNanos() * grams[grams.length - 1];
    }
    Instant a = from.isBefore(start) ? start : from;
    Instant b = to.isAfter(end) ? end : to;
    if (a.isBefore(b)) {
      weighted += meanIntensity(a, b) * Duration.between(a, b).toNanos();
    }
    return weighted / total;
  }

  /**
   * The emissions of {@code joules} of energy spent evenly over {@code [from, to)}, in g CO2e, at
   * the series' intensity (no PUE; {@link CarbonAccountant} applies it).
   *
   * @throws IllegalArgumentException if {@code joules} is negative or not finite
   * @throws IntensitySeriesException if the series does not cover the interval
   */
  public double gramsCO2e(Instant from, Instant to, double joules) {
    if (!Double.isFinite(joules) || joules < 0) {
      throw new IllegalArgumentException("energy must be finite and >= 0 J, found " + joules);
    }
    return joules / EnergyReading.JOULES_PER_KWH * meanIntensity(from, to);
  }

  /**
   * The first time at or after {@code from} when the intensity is at most {@code gramsPerKWh}:
   * {@code from} itself when it already is, else the start of the first such interval; empty when
   * no interval from there on is that clean.
   */
  public Optional<Instant> firstAtOrBelow(Instant from, double gramsPerKWh) {
    requireNonNull(from, "from");
    int i = from.isBefore(start) ? 0 : from.isBefore(end()) ? indexOf(from) : grams.length;
    for (; i < grams.length; i++) {
      if (grams[i] <= gramsPerKWh) {
        Instant at = timeOf(i);
        return Optional.of(at.isBefore(from) ? from : at);
      }
    }
    return Optional.empty();
  }

  /** The index of the interval that holds {@code t}, which must lie in the series. */
  int indexOf(Instant t) {
    return (int) (nanosFromStart(t) / stepNanos);
  }

  private long nanosFromStart(Instant t) {
    return Duration.between(start, t).toNanos();
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= grams.length) {
      throw new IndexOutOfBoundsException(
          "interval index must be in [0, " + grams.length + "), found " + i);
    }
    return i;
  }

  private static void requireOrdered(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "interval end must not be before its start, found " + from + " to " + to);
    }
  }

  @Override
  public String toString() {
    return "CarbonIntensitySeries[" + source + ", " + start + " to " + end() + " every " + step
        + ", " + grams.length + " values]";
  }
}
