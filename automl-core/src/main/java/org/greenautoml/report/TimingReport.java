package org.greenautoml.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greenautoml.CarbonTimeline;
import org.greenautoml.energy.carbon.CarbonIntensitySeries;
import org.greenautoml.energy.carbon.TimeShiftSaving;
import org.greenautoml.energy.carbon.TimeSpan;

/**
 * The report's carbon-aware timing section: the part of the intensity series the search ran in,
 * its policies, when each trial ran and the intensity that applied, when it waited, and what the
 * waiting saved. Its JSON form is the {@code carbon_timing} object of {@code report.json} (see
 * {@code docs/report-schema.md}). Immutable.
 *
 * @param seriesSource the series' file or name
 * @param windowStart the start of the first interval kept
 * @param step the series' interval
 * @param gramsPerKWh the series' values from {@code windowStart} on, one per interval
 * @param pauseAboveGramsPerKWh the pause threshold, if one was set
 * @param finishBy the finish-by deadline, if one was set
 * @param replayStartAt the replayed start, if the search was a replay
 * @param waits the spans the search waited
 * @param emittedGrams the emissions as the search ran, g CO2e
 * @param atOnceGrams the emissions of the same energy had it run at once, g CO2e
 * @param trials when each trial ran and the intensity that applied, by trial id
 */
public record TimingReport(
    String seriesSource,
    Instant windowStart,
    Duration step,
    List<Double> gramsPerKWh,
    OptionalDouble pauseAboveGramsPerKWh,
    Optional<Instant> finishBy,
    Optional<Instant> replayStartAt,
    List<TimeSpan> waits,
    double emittedGrams,
    double atOnceGrams,
    Map<Integer, TrialTiming> trials) {

  /**
   * One trial's timing.
   *
   * @param startedAt when it started, on the search clock
   * @param endedAt when it ended
   * @param gramsPerKWh the intensity that applied, gCO2e/kWh
   */
  public record TrialTiming(Instant startedAt, Instant endedAt, double gramsPerKWh) {

    /** Validates. */
    public TrialTiming {
      requireNonNull(startedAt, "startedAt");
      requireNonNull(endedAt, "endedAt");
      if (endedAt.isBefore(startedAt) || !Double.isFinite(gramsPerKWh) || gramsPerKWh < 0) {
        throw new IllegalArgumentException("trial timing must end after it starts and have an"
            + " intensity >= 0, found " + startedAt + " to " + endedAt + " at " + gramsPerKWh);
      }
    }
  }

  /** Validates and copies. */
  public TimingReport {
    requireNonNull(seriesSource, "seriesSource");
    requireNonNull(windowStart, "windowStart");
    requireNonNull(step, "step");
    gramsPerKWh = List.copyOf(gramsPerKWh);
    requireNonNull(pauseAboveGramsPerKWh, "pauseAboveGramsPerKWh");
    requireNonNull(finishBy, "finishBy");
    requireNonNull(replayStartAt, "replayStartAt");
    waits = List.copyOf(waits);
    trials = Collections.unmodifiableMap(new LinkedHashMap<>(trials));
    if (gramsPerKWh.isEmpty()) {
      throw new IllegalArgumentException("timing must keep at least one interval, found none");
    }
    if (!Double.isFinite(emittedGrams) || !Double.isFinite(atOnceGrams)) {
      throw new IllegalArgumentException("emissions must be finite, found " + emittedGrams
          + " and " + atOnceGrams);
    }
  }

  /** What the timing saved, g CO2e (negative when it cost). */
  public double savedGrams() {
    return atOnceGrams - emittedGrams;
  }

  /** The time the search waited. */
  public Duration waited() {
    return waits.stream().map(TimeSpan::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** The kept part of the series, for drawing. */
  public CarbonIntensitySeries window() {
    return CarbonIntensitySeries.of(seriesSource, windowStart, step,
        gramsPerKWh.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * The report section of a timeline, keeping the series from one interval before the first
   * trial or wait to one after the last.
   */
  public static TimingReport of(CarbonTimeline t) {
    CarbonIntensitySeries s = t.series();
    Instant lo = s.end();
    Instant hi = s.start();
    for (TimeSpan span : t.trialSpans().values()) {
      lo = lo.isAfter(span.from()) ? span.from() : lo;
      hi = hi.isBefore(span.to()) ? span.to() : hi;
    }
    for (TimeSpan w : t.waits()) {
      lo = lo.isAfter(w.from()) ? w.from() : lo;
      hi = hi.isBefore(w.to()) ? w.to() : hi;
    }
    int first = 0;
    int last = s.size() - 1;
    if (!lo.isAfter(hi)) {
      first = Math.max(0, index(s, lo) - 1);
      last = Math.min(s.size() - 1, index(s, hi) + 1);
    }
    List<Double> values = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      values.add(s.gramsPerKWh(i));
    }
    Map<Integer, TrialTiming> trials = new LinkedHashMap<>();
    t.trialSpans().forEach((id, span) -> t.gramsPerKWh(id).ifPresent(
        g -> trials.put(id, new TrialTiming(span.from(), span.to(), g))));
    return new TimingReport(s.source(), s.timeOf(first), s.step(), values,
        t.pauseAboveGramsPerKWh(), t.finishBy(), t.replayStartAt(), t.waits(),
        grams(t.saving().emittedKgCO2e()), grams(t.saving().atOnceKgCO2e()), trials);
  }

  /**
   * Grams from kg, to 12 significant digits, so that a report re-rendered from its saved timing
   * ({@link #toTimeline()}, kg again) writes the same figures.
   */
  private static double grams(double kg) {
    if (kg == 0 || !Double.isFinite(kg)) {
      return kg * 1000;
    }
    return new java.math.BigDecimal(kg * 1000).round(new java.math.MathContext(12)).doubleValue();
  }

  /** The timeline this section describes, with the kept part of the series. */
  public CarbonTimeline toTimeline() {
    Map<Integer, TimeSpan> spans = new LinkedHashMap<>();
    Map<Integer, Double> grams = new LinkedHashMap<>();
    trials.forEach((id, t) -> {
      spans.put(id, new TimeSpan(t.startedAt(), t.endedAt()));
      grams.put(id, t.gramsPerKWh());
    });
    return new CarbonTimeline(window(), pauseAboveGramsPerKWh, finishBy, replayStartAt, spans,
        grams, waits, new TimeShiftSaving(emittedGrams / 1000, atOnceGrams / 1000, waited()));
  }

  private static int index(CarbonIntensitySeries s, Instant t) {
    if (!t.isAfter(s.start())) {
      return 0;
    }
    long i = Duration.between(s.start(), t).toNanos() / s.step().toNanos();
    return (int) Math.min(s.size() - 1, i);
  }

  /** The {@code carbon_timing} JSON object. */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("series_source", seriesSource);
    json.put("series_start", windowStart.toString());
    json.put("series_step_seconds", step.toSeconds());
    ArrayNode values = json.putArray("series_g_per_kwh");
    gramsPerKWh.forEach(values::add);
    pauseAboveGramsPerKWh.ifPresent(g -> json.put("pause_above_g_per_kwh", g));
    finishBy.ifPresent(d -> json.put("finish_by", d.toString()));
    replayStartAt.ifPresent(r -> json.put("replay_start_at", r.toString()));
    ArrayNode waitsJson = json.putArray("waits");
    for (TimeSpan w : waits) {
      waitsJson.addObject().put("from", w.from().toString()).put("to", w.to().toString());
    }
    json.put("emitted_g", emittedGrams);
    json.put("at_once_g", atOnceGrams);
    json.put("saved_g", savedGrams());
    json.put("waited_seconds", waited().toMillis() / 1000.0);
    ObjectNode trialsJson = json.putObject("trials");
    trials.forEach((id, timing) -> trialsJson.putObject(Integer.toString(id))
        .put("started_at", timing.startedAt().toString())
        .put("ended_at", timing.endedAt().toString())
        .put("intensity_g_per_kwh", timing.gramsPerKWh()));
    return json;
  }

  /**
   * Reads the JSON form back.
   *
   * @throws IllegalArgumentException naming the field that is missing or malformed
   */
  public static TimingReport fromJson(JsonNode json) {
    List<Double> values = new ArrayList<>();
    for (JsonNode v : array(json, "series_g_per_kwh")) {
      values.add(v.asDouble());
    }
    List<TimeSpan> waits = new ArrayList<>();
    for (JsonNode w : array(json, "waits")) {
      waits.add(new TimeSpan(instant(w, "from"), instant(w, "to")));
    }
    Map<Integer, TrialTiming> trials = new LinkedHashMap<>();
    JsonNode trialsJson = json.path("trials");
    trialsJson.fieldNames().forEachRemaining(id -> {
      JsonNode t = trialsJson.get(id);
      trials.put(Integer.parseInt(id), new TrialTiming(instant(t, "started_at"),
          instant(t, "ended_at"), t.path("intensity_g_per_kwh").asDouble()));
    });
    return new TimingReport(text(json, "series_source"), instant(json, "series_start"),
        Duration.ofSeconds(json.path("series_step_seconds").asLong()), values,
        json.has("pause_above_g_per_kwh")
            ? OptionalDouble.of(json.get("pause_above_g_per_kwh").asDouble())
            : OptionalDouble.empty(),
        json.has("finish_by") ? Optional.of(instant(json, "finish_by")) : Optional.empty(),
        json.has("replay_start_at") ? Optional.of(instant(json, "replay_start_at"))
            : Optional.empty(),
        waits, json.path("emitted_g").asDouble(), json.path("at_once_g").asDouble(), trials);
  }

  private static Iterable<JsonNode> array(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException("carbon_timing field \"" + field
          + "\" must be an array");
    }
    return node;
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("carbon_timing field \"" + field + "\" must be a string");
    }
    return node.textValue();
  }

  private static Instant instant(JsonNode json, String field) {
    try {
      return Instant.parse(text(json, field));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("carbon_timing field \"" + field
          + "\" must be an ISO-8601 instant, found " + json.get(field));
    }
  }
}
